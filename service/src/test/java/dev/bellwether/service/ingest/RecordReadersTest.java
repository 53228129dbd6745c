package dev.bellwether.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three readers turn bytes into records and unreadable lines, with the right line numbers. */
class RecordReadersTest {

  /** What a reader handed over, one string per call. */
  private static final class Seen implements RecordSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public void record(long line, RecordFields fields, RawLine rawLine) {
      String raw = rawLine.text();
      calls.add(line + " " + fields.toJson() + (raw == null ? "" : " raw=" + raw));
    }

    @Override
    public void unreadable(long line, String reason, String rawLine) {
      calls.add(line + " unreadable: " + reason + " raw=" + rawLine);
    }
  }

  private static List<String> read(InputFormat format, String text) throws Exception {
    Seen seen = new Seen();
    RecordReader.of(format).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), seen);
    return seen.calls;
  }

  @Test
  void ndjsonLinesAreReadOneByOneAndAMalformedLineRejectsOnlyItself() throws Exception {
    String text = "\uFEFF{\"Account_ID\":\"A\",\"count\":2}\r\n"
        + "\n"
        + "{\"account_id\":\"B\", broken\n"
        + "[1,2]\n"
        + "{\"account_id\":\"C\",\"nested\":{\"x\":1},\"n\":null}\n"
        + "{\"account_id\":\"D\"} {\"extra\":1}\n"
        + "{\"account_id\":\"E\"}";   // no newline at the end

    List<String> calls = read(InputFormat.NDJSON, text);

    assertEquals(6, calls.size(), calls.toString());
    assertEquals("1 {\"account_id\":\"A\",\"count\":\"2\"} raw={\"Account_ID\":\"A\",\"count\":2}", calls.get(0));
    assertEquals(true, calls.get(1).startsWith("3 unreadable: malformed JSON: Unexpected character ('b'"),
        calls.get(1));
    assertEquals(true, calls.get(1).endsWith(" raw={\"account_id\":\"B\", broken"), calls.get(1));
    assertEquals("4 unreadable: expected a JSON object, found an array raw=[1,2]", calls.get(2));
    assertEquals("5 {\"account_id\":\"C\",\"nested\":null,\"n\":null} raw={\"account_id\":\"C\",\"nested\":{\"x\":1},"
        + "\"n\":null}", calls.get(3));
    assertEquals("6 unreadable: malformed JSON: more after the object's closing brace raw={\"account_id\":\"D\"}"
        + " {\"extra\":1}", calls.get(4));
    assertEquals("7 {\"account_id\":\"E\"} raw={\"account_id\":\"E\"}", calls.get(5));
  }

  @Test
  void anNdjsonLineOverTheLimitIsRejectedWithoutHoldingIt() throws Exception {
    String longLine = "{\"account_id\":\"" + "x".repeat(NdjsonRecordReader.MAX_LINE_BYTES + 10) + "\"}";
    List<String> calls = read(InputFormat.NDJSON, "{\"a\":\"1\"}\n" + longLine + "\n{\"a\":\"3\"}\n");

    assertEquals(3, calls.size());
    assertEquals("1 {\"a\":\"1\"} raw={\"a\":\"1\"}", calls.get(0));
    assertEquals(true, calls.get(1).startsWith("2 unreadable: longer than 1048576 bytes raw={\"account_id\":\"xxx"),
        calls.get(1));
    assertEquals("3 {\"a\":\"3\"} raw={\"a\":\"3\"}", calls.get(2));
  }

  @Test
  void aJsonArrayGivesEachObjectWithTheLineItStartsOn() throws Exception {
    String text = "[\n  {\"account_id\": \"A\",\n   \"score\": 9},\n  42,\n  {\"ACCOUNT_ID\": \"B\", \"flag\": true}\n]\n";

    List<String> calls = read(InputFormat.JSON, text);

    assertEquals(List.of("2 {\"account_id\":\"A\",\"score\":\"9\"}",
        "4 unreadable: expected a JSON object, found a number raw=null",
        "5 {\"account_id\":\"B\",\"flag\":\"true\"}"), calls);
  }

  @Test
  void aBrokenJsonArrayStopsAtTheBreakKeepingWhatCameBefore() throws Exception {
    Seen seen = new Seen();
    String text = "[\n{\"account_id\": \"A\"},\n{\"account_id\": \"B\"},\n{\"account_id\" \"C\"},\n{\"account_id\": \"D\"}\n]";

    BrokenInputException e = assertThrows(BrokenInputException.class, () -> RecordReader.of(InputFormat.JSON)
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), seen));

    assertEquals(List.of("2 {\"account_id\":\"A\"}", "3 {\"account_id\":\"B\"}"), seen.calls);
    assertEquals(4, e.line());
    assertEquals(true, e.getMessage().startsWith("malformed JSON, reading stopped here: Unexpected character"),
        e.getMessage());
  }

  @Test
  void jsonThatIsNotAnArrayIsRefusedAtOnce() {
    BrokenInputException e = assertThrows(BrokenInputException.class, () -> read(InputFormat.JSON, "{\"a\": 1}"));
    assertEquals("expected a JSON array of objects, found '{'", e.getMessage());
    BrokenInputException truncated = assertThrows(BrokenInputException.class,
        () -> read(InputFormat.JSON, "[{\"a\": 1},\n"));
    assertEquals(true, truncated.getMessage().startsWith("malformed JSON, reading stopped here"),
        truncated.getMessage());
  }

  @Test
  void csvRowsAreNamedByTheHeaderAnyCaseAndAWrongWidthRowIsRejected() throws Exception {
    String text = "Account_ID, score ,comment\n"
        + "A,9,\"Great, really\"\n"
        + "\n"
        + "B,7,\"two\nlines\"\n"
        + "C,5\n"
        + "D,1,\n";

    List<String> calls = read(InputFormat.CSV, text);

    assertEquals(List.of("2 {\"account_id\":\"A\",\"score\":\"9\",\"comment\":\"Great, really\"}",
        "4 {\"account_id\":\"B\",\"score\":\"7\",\"comment\":\"two\\nlines\"}",
        "6 unreadable: has 2 columns, the header has 3 raw=C,5",
        "7 {\"account_id\":\"D\",\"score\":\"1\",\"comment\":\"\"}"), calls);
  }

  @Test
  void anUnterminatedCsvQuoteStopsTheRead() {
    Seen seen = new Seen();
    String text = "a,b\n1,2\n3,\"open\n";
    BrokenInputException e = assertThrows(BrokenInputException.class, () -> RecordReader.of(InputFormat.CSV)
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), seen));
    assertEquals(List.of("2 {\"a\":\"1\",\"b\":\"2\"}"), seen.calls);
    assertEquals(3, e.line());
    assertEquals(true, e.getMessage().startsWith("malformed CSV, reading stopped here"), e.getMessage());
  }
}
