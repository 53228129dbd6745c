package dev.bellwether.devorg.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How ingest jobs read and write CSV: delimiters, line endings, quoting, and what a bad file
 * does. Salesforce fails the whole job for a problem with the file (unknown header column,
 * wrong line ending, unparseable text) and fails single rows for problems within a row.
 */
class IngestCsvFormatTest {
  private static final String INSERT_ACCOUNTS = "{\"object\":\"Account\",\"operation\":\"insert\"}";
  private DevOrg devorg;
  private BulkClient bulk;

  @BeforeEach
  void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    bulk = new BulkClient(devorg, "64.0");
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  static Stream<Arguments> delimiters() {
    return Stream.of(Arguments.of("COMMA", ','), Arguments.of("TAB", '\t'), Arguments.of("PIPE", '|'),
        Arguments.of("SEMICOLON", ';'), Arguments.of("CARET", '^'), Arguments.of("BACKQUOTE", '`'));
  }

  @ParameterizedTest
  @MethodSource("delimiters")
  void everyColumnDelimiterSplitsUploadsAndResults(String name, char d) {
    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"insert\",\"columnDelimiter\":\"" + name + "\"}",
        "Name" + d + "AccountNumber\n\"A" + d + "B\"" + d + "7\n");

    assertEquals(name, info.get("columnDelimiter").asText());
    assertEquals("\"sf__Id\"" + d + "\"sf__Created\"" + d + "Name" + d + "AccountNumber\n"
        + "\"001000000000001AAA\"" + d + "\"true\"" + d + "\"A" + d + "B\"" + d + "\"7\"\n",
        bulk.text("/jobs/ingest/" + info.get("id").asText() + "/successfulResults"));
    assertEquals("A" + d + "B", devorg.org().store().find("001000000000001AAA").orElseThrow().get("Name"));
  }

  @Test
  void crlfJobKeepsLineBreaksAndQuotesInsideQuotedValuesAndAnswersInCrlf() {
    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"insert\",\"lineEnding\":\"CRLF\"}",
        "Name,Description\r\nMultiline,\"line 1\r\nline 2\"\r\nQuoted,\"say \"\"hi\"\"\"\r\n");

    assertEquals("CRLF", info.get("lineEnding").asText());
    assertEquals("\"sf__Id\",\"sf__Created\",Name,Description\r\n"
        + "\"001000000000001AAA\",\"true\",\"Multiline\",\"line 1\r\nline 2\"\r\n"
        + "\"001000000000002AAA\",\"true\",\"Quoted\",\"say \"\"hi\"\"\"\r\n",
        bulk.text("/jobs/ingest/" + info.get("id").asText() + "/successfulResults"));
    assertEquals("line 1\r\nline 2", devorg.org().store().find("001000000000001AAA").orElseThrow().get("Description"));
    assertEquals("say \"hi\"", devorg.org().store().find("001000000000002AAA").orElseThrow().get("Description"));
  }

  @Test
  void lfJobGivenCrlfDataFailsBeforeWritingAnything() {
    JsonNode info = bulk.ingest(INSERT_ACCOUNTS, "Name\r\nA\r\n");

    assertEquals("Failed", info.get("state").asText());
    assertEquals("ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is LF",
        info.get("errorMessage").asText());
    assertEquals(0, info.get("numberRecordsProcessed").asInt());
    assertEquals(0, accountCount());
  }

  @Test
  void crlfJobGivenLfDataFails() {
    JsonNode info = bulk.ingest("{\"object\":\"Account\",\"operation\":\"insert\",\"lineEnding\":\"CRLF\"}", "Name\nA\n");

    assertEquals("ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is CRLF",
        info.get("errorMessage").asText());
  }

  @Test
  void unknownHeaderColumnFailsTheJobAndLeavesEveryRowUnprocessed() {
    JsonNode info = bulk.ingest(INSERT_ACCOUNTS, "Name,Bogus__c\nA,1\nB,2\n");

    assertEquals("Failed", info.get("state").asText());
    assertEquals("InvalidBatch : Field name not found : Bogus__c", info.get("errorMessage").asText());
    String id = info.get("id").asText();
    assertEquals("Name,Bogus__c\n\"A\",\"1\"\n\"B\",\"2\"\n", bulk.text("/jobs/ingest/" + id + "/unprocessedrecords"));
    assertEquals("\"sf__Id\",\"sf__Created\",Name,Bogus__c\n", bulk.text("/jobs/ingest/" + id + "/successfulResults"));
    assertEquals(0, accountCount());
  }

  @Test
  void textAfterAClosingQuoteFailsTheJobNamingLineAndColumn() {
    JsonNode info = bulk.ingest(INSERT_ACCOUNTS, "Name,Description\nA,ok\nB,\"x\"y\n");

    assertEquals("Failed", info.get("state").asText());
    assertEquals("InvalidBatch : Failed to parse CSV data at line 3, column 7: Unexpected character ('y' (code 121)):"
        + " Expected column separator character (',' (code 44)) or end-of-line", info.get("errorMessage").asText());
    assertEquals(0, accountCount());
  }

  @Test
  void unclosedQuoteFailsTheJob() {
    JsonNode info = bulk.ingest(INSERT_ACCOUNTS, "Name,Description\nA,\"never closed\nB,2\n");

    assertEquals("InvalidBatch : Failed to parse CSV data at line 4, column 1: Missing closing quote for value",
        info.get("errorMessage").asText());
  }

  @Test
  void raggedRowsFailOneByOneWhileTheirNeighboursAreWritten() {
    JsonNode info = bulk.ingest(INSERT_ACCOUNTS, "Name,AccountNumber\nA,1\nB,2,extra\nC\n");

    assertEquals("JobComplete", info.get("state").asText());
    assertEquals(3, info.get("numberRecordsProcessed").asInt());
    assertEquals(2, info.get("numberRecordsFailed").asInt());
    assertEquals("\"sf__Id\",\"sf__Error\",Name,AccountNumber\n"
        + "\"\",\"INVALID_ROW:Line 3: expected 2 values (one per header column), found 3:--\",\"B\",\"2\"\n"
        + "\"\",\"INVALID_ROW:Line 4: expected 2 values (one per header column), found 1:--\",\"C\",\"\"\n",
        bulk.text("/jobs/ingest/" + info.get("id").asText() + "/failedResults"));
    assertEquals(1, accountCount());
  }

  @Test
  void byteOrderMarkAndBlankLinesAreIgnored() {
    JsonNode info = bulk.ingest(INSERT_ACCOUNTS, "\uFEFFName\n\nA\n\nB\n");

    assertEquals(2, info.get("numberRecordsProcessed").asInt());
    assertEquals(0, info.get("numberRecordsFailed").asInt());
  }

  @Test
  void severalUploadsWithTheSameHeaderAreProcessedInOrder() {
    String id = bulk.createIngestJob(INSERT_ACCOUNTS);
    bulk.upload(id, "Name,AccountNumber\nFirst,1\n");
    bulk.upload(id, "Name,AccountNumber\nSecond,2\n");
    var mismatch = bulk.send("PUT", "/jobs/ingest/" + id + "/batches", "text/csv", "AccountNumber,Name\n3,Third\n");
    bulk.closeJob(id);
    JsonNode info = bulk.awaitEnd("/jobs/ingest/" + id);

    assertEquals(400, mismatch.statusCode());
    assertEquals("BULK_API_ERROR", BulkClient.firstError(mismatch).get("errorCode").asText());
    assertEquals(2, info.get("numberRecordsProcessed").asInt());
    assertEquals("\"sf__Id\",\"sf__Created\",Name,AccountNumber\n"
        + "\"001000000000001AAA\",\"true\",\"First\",\"1\"\n"
        + "\"001000000000002AAA\",\"true\",\"Second\",\"2\"\n",
        bulk.text("/jobs/ingest/" + id + "/successfulResults"));
  }

  @Test
  void gzipUploadIsUnpacked() throws Exception {
    String id = bulk.createIngestJob(INSERT_ACCOUNTS);
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write("Name\nZipped\n".getBytes(StandardCharsets.UTF_8));
    }
    HttpResponse<String> r = bulk.send(HttpRequest.newBuilder(bulk.uri("/jobs/ingest/" + id + "/batches"))
        .header("Content-Type", "text/csv").header("Content-Encoding", "gzip")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray())), true);
    bulk.closeJob(id);

    assertEquals(201, r.statusCode());
    assertEquals(1, bulk.awaitEnd("/jobs/ingest/" + id).get("numberRecordsProcessed").asInt());
    assertEquals("Zipped", devorg.org().store().find("001000000000001AAA").orElseThrow().get("Name"));
  }

  private int accountCount() {
    return devorg.org().store().count(devorg.org().schema().object("Account").orElseThrow());
  }
}
