package dev.bellwether.service.ingest;

/** The text of the line being read, decoded only when a rejection needs it. */
@FunctionalInterface
interface RawLine {
  /** For formats without one line per record: the rejection shows the record's fields instead. */
  RawLine NONE = () -> null;

  /** The line as read, or null when there is none to quote. */
  String text();
}
