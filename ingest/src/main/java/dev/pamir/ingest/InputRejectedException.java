package dev.pamir.ingest;

import static java.util.Objects.requireNonNull;

/**
 * An InputRejectedException says that one input cannot be analysed, and why: the input is bad
 * (unreadable, binary, empty, malformed) or exceeds a limit. The batch goes on without it.
 *
 * <p>Its message is {@code "INPUT: REASON"}, fit to show a user as it is.
 */
public final class InputRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an input was rejected. */
  public enum Kind {
    BAD_INPUT,
    LIMIT_EXCEEDED
  }

  private final String input;
  private final String reason;
  private final Kind kind;

  public InputRejectedException(String input, String reason, Kind kind) {
    super(requireNonNull(input, "input is null") + ": " + requireNonNull(reason, "reason is null"));
    this.input = input;
    this.reason = reason;
    this.kind = requireNonNull(kind, "kind is null");
  }

  public InputRejectedException(String input, String reason, Kind kind, Throwable cause) {
    this(input, reason, kind);
    initCause(cause);
  }

  public static InputRejectedException bad(String input, String reason) {
    return new InputRejectedException(input, reason, Kind.BAD_INPUT);
  }

  public static InputRejectedException limit(String input, String reason) {
    return new InputRejectedException(input, reason, Kind.LIMIT_EXCEEDED);
  }

  public String input() {
    return input;
  }

  public String reason() {
    return reason;
  }

  public Kind kind() {
    return kind;
  }
}
