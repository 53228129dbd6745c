package dev.bellwether.service.cli;

/** A usage or configuration error: the message names the option, file or key at fault; exit code 2. */
final class CliUsageException extends Exception {
  CliUsageException(String message) {
    super(message);
  }

  CliUsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
