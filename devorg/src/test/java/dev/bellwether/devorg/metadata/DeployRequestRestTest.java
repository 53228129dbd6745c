package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST Metadata deploy (POST/GET .../metadata/deployRequest), as jsforce's deployRest
 * sends it: multipart with the zip in "file" and the options in "entity_content".
 */
class DeployRequestRestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static DevOrg devorg;
  private static String token;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().build());
    token = devorg.org().sessions().open(devorg.org().id(), devorg.org().adminUserId(),
        "bellwether-cli").token();
  }

  @AfterAll
  static void stop() {
    devorg.close();
  }

  @Test
  void restDeployRequestInstallsTheObjectAndReportsDetails() throws Exception {
    byte[] zip = new DeployZip().object(ObjectFile.custom("Rest_Probe__c")
        .field("Note__c", "<label>Note</label><length>40</length><type>Text</type>")).bytes();
    HttpResponse<String> created = post(zip, "{\"deployOptions\":{\"rollbackOnError\":true,"
        + "\"singlePackage\":true,\"checkOnly\":false}}", token);
    assertEquals(201, created.statusCode(), created.body());
    JsonNode body = JSON.readTree(created.body());
    String id = body.path("id").asText();
    assertTrue(id.startsWith("0Af"), created.body());
    assertTrue(body.path("deployOptions").path("rollbackOnError").asBoolean());

    JsonNode result = awaitDone(id);
    assertEquals("Succeeded", result.path("status").asText(), result.toString());
    assertTrue(result.path("success").asBoolean());
    assertEquals(2, result.path("numberComponentsDeployed").asInt());
    JsonNode note = null;
    for (JsonNode m : result.path("details").path("componentSuccesses")) {
      if (m.path("fullName").asText().equals("Rest_Probe__c.Note__c")) {
        note = m;
      }
    }
    assertEquals("CustomField", note.path("componentType").asText(), result.toString());
    assertTrue(note.path("created").asBoolean());
    assertTrue(devorg.org().schema().object("Rest_Probe__c").isPresent());
  }

  @Test
  void restDeployRequestNeedsABearerToken() throws Exception {
    HttpResponse<String> r = post(new DeployZip().object(ObjectFile.custom("No_Token__c")).bytes(),
        "{\"deployOptions\":{}}", "not-a-token");
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("INVALID_SESSION_ID"), r.body());
  }

  private JsonNode awaitDone(String id) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(devorg.url()
          + "/services/data/v64.0/metadata/deployRequest/" + id + "?includeDetails=true"))
          .header("Authorization", "Bearer " + token).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      JsonNode result = JSON.readTree(r.body()).path("deployResult");
      if (result.path("done").asBoolean()) {
        return result;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("deploy " + id + " not done: " + r.body());
      }
      Thread.sleep(20);
    }
  }

  private HttpResponse<String> post(byte[] zip, String options, String bearer) throws Exception {
    String boundary = "----bellwether" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
        + " filename=\"package.xml\"\r\nContent-Type: application/zip\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(zip);
    body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
        + " name=\"entity_content\"\r\nContent-Type: application/json\r\n\r\n" + options
        + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(devorg.url()
        + "/services/data/v64.0/metadata/deployRequest"))
        .header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
