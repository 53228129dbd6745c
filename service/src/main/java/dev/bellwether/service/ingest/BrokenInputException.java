package dev.bellwether.service.ingest;

/**
 * The input cannot be read past a point: a JSON array broken mid-way, an unterminated CSV quote.
 * What came before is kept; nothing after is read.
 */
final class BrokenInputException extends Exception {
  private final long line;

  BrokenInputException(long line, String message) {
    super(message);
    this.line = line;
  }

  /** The line where reading stopped. */
  long line() {
    return line;
  }
}
