package dev.bellwether.service.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

/**
 * One JSON object a line. Each line is parsed on its own, straight from the read buffer's bytes, so
 * a malformed line rejects that line only; blank lines are skipped.
 */
final class NdjsonRecordReader implements RecordReader {
  /** The longest line read; longer ones are rejected without being held in memory. */
  static final int MAX_LINE_BYTES = 1 << 20;

  private final JsonFactory factory = new JsonFactory();

  @Override
  public void read(InputStream in, RecordSink sink) throws IOException, SQLException {
    ByteLines lines = new ByteLines(in, MAX_LINE_BYTES);
    while (lines.next()) {
      if (lines.tooLong()) {
        sink.unreadable(lines.number(), "longer than " + MAX_LINE_BYTES + " bytes", lines.text() + "...");
      } else if (!blank(lines)) {
        readLine(lines, sink);
      }
    }
  }

  private void readLine(ByteLines lines, RecordSink sink) throws IOException, SQLException {
    RecordFields fields;
    try (JsonParser parser = factory.createParser(lines.buffer(), lines.start(), lines.length())) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        sink.unreadable(lines.number(), "expected a JSON object, found "
            + (first == null ? "nothing" : JsonObjects.describe(first)), lines.text());
        return;
      }
      fields = JsonObjects.read(parser);
      JsonToken after = parser.nextToken();
      if (after != null) {
        sink.unreadable(lines.number(), "malformed JSON: more after the object's closing brace", lines.text());
        return;
      }
    } catch (JsonProcessingException e) {
      sink.unreadable(lines.number(), "malformed JSON: " + e.getOriginalMessage(), lines.text());
      return;
    }
    sink.record(lines.number(), fields, lines);
  }

  private static boolean blank(ByteLines lines) {
    byte[] b = lines.buffer();
    for (int i = lines.start(), end = lines.start() + lines.length(); i < end; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
