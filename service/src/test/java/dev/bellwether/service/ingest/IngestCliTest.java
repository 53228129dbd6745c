package dev.bellwether.service.ingest;

import static dev.bellwether.service.admin.AdminFixture.CLOCK;
import static dev.bellwether.service.admin.AdminFixture.ORG;
import static dev.bellwether.service.ingest.SignalTexts.rec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.admin.AdminFixture.CliResult;
import dev.bellwether.service.cli.BellwetherCli;
import dev.bellwether.service.cli.CliEnvironment;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** {@code bellwether ingest ...} run in-process on H2 and PostgreSQL. */
class IngestCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path workDir;

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void filesOfEachFormatLoadAndTheSummaryAddsThemUp(TestDatabase db) throws Exception {
    write("a.ndjson", SignalTexts.ndjson(List.of(event("e1"), event("e2"))));
    write("b.json", SignalTexts.jsonArray(List.of(event("e3"))));
    write("c.CSV", SignalTexts.csv(List.of(event("e4"), event("e5"), event("e1"))));

    CliResult table = cli(db, "ingest", "usage", "a.ndjson", "b.json", "c.CSV", "--org", ORG);
    CliResult json = cli(db, "ingest", "usage", "a.ndjson", "--org", ORG, "--json");

    assertEquals(0, table.code(), table.toString());
    String[] lines = table.out().split("\\R");
    assertTrue(lines[0].startsWith("ingest usage for org " + ORG + " into jdbc:"), lines[0]);
    assertEquals(List.of("FILE", "FORMAT", "READ", "ACCEPTED", "UPDATED", "DUPLICATES", "REJECTED", "SECONDS",
        "LINES/S"), List.of(lines[1].trim().split("\\s+")));
    assertEquals(List.of("a.ndjson", "ndjson", "2", "2", "0", "0", "0"), cells(lines[2]));
    assertEquals(List.of("b.json", "json", "1", "1", "0", "0", "0"), cells(lines[3]));
    assertEquals(List.of("c.CSV", "csv", "3", "2", "0", "1", "0"), cells(lines[4]));
    assertEquals(List.of("total", "6", "5", "0", "1", "0"), cells(lines[5]));
    assertEquals("", table.err());

    assertEquals(0, json.code(), json.toString());
    JsonNode summary = MAPPER.readTree(json.out());
    assertEquals("usage", summary.get("kind").asText());
    assertEquals(ORG, summary.get("org").asText());
    assertEquals(2, summary.get("files").get(0).get("duplicates").asLong());
    assertEquals("ndjson", summary.get("files").get(0).get("format").asText());
    assertEquals(2, summary.get("total").get("read").asLong());
    assertTrue(summary.get("rejectsFile").isNull());
    assertEquals(5, SignalIngestTest.rows(db.store(), "signal_usage", ORG));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void rejectedLinesArePrintedUpToAHundredAndAllWrittenToTheRejectsFile(TestDatabase db) throws Exception {
    List<String> text = new ArrayList<>();
    text.add("account_id,contact_id,survey,score,answered_at,comment");
    for (int i = 0; i < 150; i++) {
      text.add("A,003C" + i + ",nps,11,2024-03-01T10:00:00Z,too high");
    }
    text.add("A,003OK,csat,5,2024-03-01T10:00:00Z,fine");
    write("surveys.csv", String.join("\n", text) + "\n");

    CliResult result = cli(db, "ingest", "surveys", "surveys.csv", "--org", ORG, "--rejects", "out/rejects.ndjson");

    assertEquals(1, result.code(), result.toString());
    List<String> err = List.of(result.err().split("\\R"));
    assertEquals("surveys.csv:2: score: 11 is outside 0–10 for an nps answer", err.get(0));
    assertEquals("surveys.csv:101: score: 11 is outside 0–10 for an nps answer", err.get(99));
    assertEquals("... and 50 more rejected lines", err.get(100));
    assertEquals("150 rejected lines written to " + workDir.resolve("out/rejects.ndjson"), err.get(101));
    List<String> rejects = Files.readAllLines(workDir.resolve("out/rejects.ndjson"), StandardCharsets.UTF_8);
    assertEquals(150, rejects.size());
    JsonNode last = MAPPER.readTree(rejects.get(149));
    assertEquals("surveys.csv", last.get("file").asText());
    assertEquals(151, last.get("line").asLong());
    assertEquals("score", last.get("field").asText());
    assertEquals("11 is outside 0–10 for an nps answer", last.get("reason").asText());
    // The raw record comes back as JSON: fixed, it ingests as NDJSON.
    assertEquals("{\"account_id\":\"A\",\"contact_id\":\"003C149\",\"survey\":\"nps\",\"score\":\"11\","
        + "\"answered_at\":\"2024-03-01T10:00:00Z\",\"comment\":\"too high\"}", last.get("raw").asText());
    assertEquals(1, SignalIngestTest.rows(db.store(), "signal_survey", ORG));
    assertEquals(List.of("surveys.csv", "csv", "151", "1", "0", "0", "150"),
        cells(result.out().split("\\R")[2]));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void rejectsGoToTheDataDirectoryByDefaultAndStdinIsReadWithAFormat(TestDatabase db) throws Exception {
    String text = SignalTexts.ndjson(List.of(event("e1"), rec("account_id", "A", "feature", "f"))) ;
    List<String> args = new ArrayList<>(List.of("usage", "-", "--format", "ndjson", "--org", ORG));
    args.addAll(List.of("--rejects", workDir.resolve("r.ndjson").toString()));
    args.addAll(AdminFixture.storeOptions(db));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment process = new CliEnvironment(Map.of(), workDir, new PrintWriter(out, true),
        new PrintWriter(err, true), false, CLOCK);

    int code = IngestCommand.commandLine(process, SignalTexts.stream(text)).execute(args.toArray(String[]::new));

    assertEquals(1, code, out + "\n" + err);
    assertTrue(err.toString().startsWith("stdin:2: occurred_at: missing"), err.toString());
    assertEquals(List.of("stdin", "ndjson", "2", "1", "0", "0", "1"), cells(out.toString().split("\\R")[2]));
    if (db.kind() == TestDatabase.Kind.H2) {
      // Without --rejects the file goes to the data directory, stamped with the clock.
      write("bad.ndjson", "not json\n");
      CliResult result = cli(db, "ingest", "usage", "bad.ndjson", "--org", ORG);
      Path expected = db.config().dataDirectory().resolve("rejects/usage-20260302-080000.ndjson");
      assertTrue(result.err().endsWith("1 rejected lines written to " + expected + System.lineSeparator()),
          result.err());
      assertEquals(1, Files.readAllLines(expected).size());
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void theOnlySyncedOrgIsTakenWhenNoneIsNamed(TestDatabase db) throws Exception {
    write("e.ndjson", SignalTexts.ndjson(List.of(event("e1"))));
    CliResult none = cli(db, "ingest", "usage", "e.ndjson");
    AdminFixture.synced(db.store(), ORG, "Account");
    CliResult one = cli(db, "ingest", "usage", "e.ndjson", "--json");
    CliResult other = cli(db, "ingest", "usage", "e.ndjson", "--org", "00Dother", "--json");

    assertEquals(2, none.code(), none.toString());
    assertEquals("ingest usage: no org has synced into this store yet, so none can be assumed: name the org the"
        + " signals belong to with --org ID" + System.lineSeparator(), none.err());
    assertEquals(0, one.code(), one.toString());
    assertEquals(ORG, MAPPER.readTree(one.out()).get("org").asText());
    assertEquals(0, other.code(), other.toString());
    assertTrue(other.err().startsWith("note: org 00Dother has not synced into this store"), other.err());
  }

  @Test
  void usageErrorsNameTheFileOrOption() throws Exception {
    try (TestDatabase db = TestDatabase.h2()) {
      write("usage.txt", "{}\n");
      assertEquals("ingest usage: usage.txt: cannot tell the format from the extension (.json, .ndjson, .jsonl,"
          + " .csv); add --format json|ndjson|csv", usageError(db, "ingest", "usage", "usage.txt", "--org", ORG));
      assertEquals("ingest usage: missing.ndjson: no such readable file",
          usageError(db, "ingest", "usage", "missing.ndjson", "--org", ORG));
      assertEquals("ingest surveys: --format: 'xml' is not json, ndjson or csv",
          usageError(db, "ingest", "surveys", "usage.txt", "--format", "xml", "--org", ORG));
      assertEquals("ingest invoices: - (stdin) has no extension to tell its format: add --format json|ndjson|csv",
          usageError(db, "ingest", "invoices", "-", "--org", ORG));
      assertEquals("ingest usage: org 'two words' is not an org id (letters, digits, _ . - and at most 64"
          + " characters)", usageError(db, "ingest", "usage", "usage.txt", "--format", "ndjson", "--org", "two words"));
      StringWriter err = new StringWriter();
      int bare = BellwetherCli.run(new CliEnvironment(Map.of(), workDir, new PrintWriter(new StringWriter(), true),
          new PrintWriter(err, true), false, CLOCK), "ingest");
      assertEquals(2, bare);
      assertTrue(err.toString().startsWith("usage: bellwether ingest usage|surveys|invoices FILE..."), err.toString());
    }
  }

  private String usageError(TestDatabase db, String... args) {
    CliResult result = cli(db, args);
    assertEquals(2, result.code(), result.toString());
    return result.err().strip();
  }

  private CliResult cli(TestDatabase db, String... args) {
    return AdminFixture.cli(db, workDir, Map.of(), args);
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(workDir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Map<String, Object> event(String id) {
    return rec("event_id", id, "account_id", "A", "user_id", "u1", "feature", "reports",
        "occurred_at", "2024-03-05T10:00:00Z");
  }

  /** A table row's cells up to the rejected count: seconds and lines/s vary (file names have no spaces). */
  private static List<String> cells(String row) {
    List<String> all = List.of(row.trim().split("\\s+"));
    return all.subList(0, all.size() - 2);
  }
}
