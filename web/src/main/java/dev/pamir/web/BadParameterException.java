package dev.pamir.web;

import static java.util.Objects.requireNonNull;

/** A BadParameterException says a request's query parameter is unknown or has a bad value. */
final class BadParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  BadParameterException(String parameter, String message) {
    super(requireNonNull(message, "message is null"));
    this.parameter = requireNonNull(parameter, "parameter is null");
  }

  String parameter() {
    return parameter;
  }
}
