package dev.bellwether.service.ingest;

/**
 * Why one field of one line cannot be stored. Thrown by the field readers and mappers, caught per
 * line, and cheap: a file of bad lines must not pay for a stack trace each.
 */
final class FieldProblem extends Exception {
  private final String field;

  FieldProblem(String field, String reason) {
    super(reason, null, false, false);
    this.field = field;
  }

  /** The field at fault, lower case as read. */
  String field() {
    return field;
  }

  /** What is wrong with it, e.g. "11 is outside 0–10 for an nps answer". */
  String reason() {
    return getMessage();
  }
}
