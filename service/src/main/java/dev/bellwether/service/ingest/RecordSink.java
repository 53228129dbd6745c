package dev.bellwether.service.ingest;

import java.io.IOException;
import java.sql.SQLException;

/** Receives what a reader finds, in file order: records, and lines that are not records at all. */
interface RecordSink {

  /**
   * One record.
   *
   * @param line the line it starts on
   * @param rawLine the line as read (NDJSON), or {@link RawLine#NONE} when the format has no single line
   *     to quote; read it before returning, it is gone once the reader moves on
   */
  void record(long line, RecordFields fields, RawLine rawLine) throws IOException, SQLException;

  /** A line that cannot be read as a record (malformed JSON, a CSV row of the wrong width); reading goes on. */
  void unreadable(long line, String reason, String rawLine) throws IOException;
}
