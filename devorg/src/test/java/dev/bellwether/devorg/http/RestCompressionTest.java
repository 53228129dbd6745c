package dev.bellwether.devorg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.http.RawHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** gzip on the REST API, both ways, as Salesforce does it: request bodies and answers. */
class RestCompressionTest {
  private static final String V = "/services/data/v64.0";
  @RegisterExtension
  static final RawHttpDevOrg devorg = new RawHttpDevOrg();
  private final RawHttp http = devorg.http();

  @Test
  void aGzippedJsonBodyCreatesTheRecordAndTheAnswerComesBackGzipped() {
    Answer r = http.send("POST", V + "/sobjects/Account", RawHttp.gzip("{\"Name\":\"Gzip Co\"}"),
        "Content-Type", "application/json", "Content-Encoding", "gzip", "Accept-Encoding", "gzip");

    assertEquals(201, r.status(), r.text());
    assertEquals("gzip", r.contentEncoding());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonNode created = r.json();
    assertTrue(created.path("success").asBoolean(), r.text());
    assertEquals("Gzip Co", devorg.org().store().find(created.path("id").asText()).orElseThrow().get("Name"));
  }

  @Test
  void withoutAcceptEncodingTheAnswerIsPlain() {
    Answer r = http.send("GET", V + "/limits", null);

    assertEquals(200, r.status());
    assertNull(r.contentEncoding());
    assertTrue(new String(r.raw(), StandardCharsets.UTF_8).contains("DailyApiRequests"));
  }

  @Test
  void queryResultsAreGzippedForAClientThatAcceptsGzip() {
    http.send("POST", V + "/sobjects/Account", "{\"Name\":\"Query Co\"}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json");

    Answer r = http.send("GET", V + "/query?q=SELECT+Id,Name+FROM+Account+WHERE+Name='Query+Co'", null,
        "Accept-Encoding", "deflate, gzip;q=0.8");

    assertEquals(200, r.status(), r.text());
    assertEquals("gzip", r.contentEncoding());
    assertEquals(1, r.json().path("totalSize").asInt(), r.text());
    assertEquals("Query Co", r.json().path("records").path(0).path("Name").asText());
  }

  @Test
  void gzipRefusedWithQZeroGetsAPlainAnswer() {
    Answer r = http.send("GET", V + "/limits", null, "Accept-Encoding", "gzip;q=0, identity");

    assertEquals(200, r.status());
    assertNull(r.contentEncoding());
  }

  @Test
  void aGzippedCompositeCollectionIsReadWhole() {
    String body = "{\"allOrNone\":true,\"records\":[{\"attributes\":{\"type\":\"Account\"},\"Name\":\"One\"},"
        + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"Two\"}]}";

    Answer r = http.send("POST", V + "/composite/sobjects", RawHttp.gzip(body),
        "Content-Type", "application/json", "Content-Encoding", "gzip", "Accept-Encoding", "gzip");

    assertEquals(200, r.status(), r.text());
    assertEquals(2, r.json().size());
    assertTrue(r.json().path(0).path("success").asBoolean() && r.json().path(1).path("success").asBoolean(), r.text());
  }

  @Test
  void aDeflatedBodyIsReadToo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
      deflate.write("{\"Name\":\"Deflate Co\"}".getBytes(StandardCharsets.UTF_8));
    }

    Answer r = http.send("POST", V + "/sobjects/Account", out.toByteArray(),
        "Content-Type", "application/json", "Content-Encoding", "deflate");

    assertEquals(201, r.status(), r.text());
    assertNull(r.contentEncoding());
  }

  @Test
  void aBodyThatIsNotGzipIs400WithASalesforceErrorArray() {
    Answer r = http.send("POST", V + "/sobjects/Account", "{\"Name\":\"Plain\"}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json", "Content-Encoding", "gzip", "Accept-Encoding", "gzip");

    assertEquals(400, r.status(), r.text());
    assertEquals("gzip", r.contentEncoding(), "errors are compressed like any JSON answer");
    assertEquals("INVALID_CONTENT_ENCODING", r.json().path(0).path("errorCode").asText(), r.text());
    assertTrue(r.json().path(0).path("message").asText().contains("gzip"), r.text());
  }

  @Test
  void aTruncatedGzipBodyIs400AndWritesNothing() {
    long before = accountCount();
    byte[] whole = RawHttp.gzip("{\"Name\":\"Truncated Co\",\"Description\":\"" + "x".repeat(5000) + "\"}");

    Answer r = http.send("POST", V + "/sobjects/Account", Arrays.copyOf(whole, whole.length / 2),
        "Content-Type", "application/json", "Content-Encoding", "gzip");

    assertEquals(400, r.status(), r.text());
    assertEquals("INVALID_CONTENT_ENCODING", r.json().path(0).path("errorCode").asText(), r.text());
    assertEquals(before, accountCount());
  }

  @Test
  void anUnknownContentEncodingIs415() {
    Answer r = http.send("POST", V + "/sobjects/Account", "{\"Name\":\"Br\"}".getBytes(StandardCharsets.UTF_8),
        "Content-Type", "application/json", "Content-Encoding", "br");

    assertEquals(415, r.status(), r.text());
    assertEquals("UNSUPPORTED_MEDIA_TYPE", r.json().path(0).path("errorCode").asText());
  }

  @Test
  void soapAnswersAreGzippedOnceNotTwice() {
    String login = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
        + "<login xmlns=\"urn:partner.soap.sforce.com\"><username>admin@bellwether.devorg</username>"
        + "<password>bellwether</password></login></soapenv:Body></soapenv:Envelope>";

    Answer r = http.send("POST", "/services/Soap/u/64.0", RawHttp.gzip(login), "Content-Type", "text/xml; charset=UTF-8",
        "SOAPAction", "\"\"", "Content-Encoding", "gzip", "Accept-Encoding", "gzip");

    assertEquals(200, r.status(), r.text());
    assertEquals("gzip", r.contentEncoding());
    assertTrue(r.text().contains("<sessionId>"), r.text());
  }

  private static long accountCount() {
    return devorg.org().store().scan(devorg.org().schema().object("Account").orElseThrow(), false).size();
  }
}
