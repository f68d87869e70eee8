package dev.pamir.store;

/**
 * A StoreException says the database could not be reached, read or written: it is down, the file is
 * not a Pamir database, the disk is full. Nothing of a failed write is kept.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
