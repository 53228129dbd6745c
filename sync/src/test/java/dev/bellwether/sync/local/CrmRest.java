package dev.bellwether.sync.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.testing.PasswordGrantTokens;
import dev.bellwether.connector.testing.TestDevOrg;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * People's edits in the CRM, made through devorg's REST API (sObject create and PATCH) as the CRM's
 * own pages or another integration would make them; Bellwether's connector is not involved.
 */
public final class CrmRest {
  private static final String API = "/services/data/v64.0/sobjects/";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();
  private final AccessToken token;

  public CrmRest(TestDevOrg devorg) throws CrmException {
    this.token = new PasswordGrantTokens(devorg.url()).fetch();
  }

  /** Creates a record and returns its id. */
  public String create(String object, Map<String, Object> fields) throws IOException, InterruptedException {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(object)).POST(body(fields)));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("devorg refused to create " + object + ": HTTP " + r.statusCode() + " "
          + r.body());
    }
    JsonNode answer = json.readTree(r.body());
    return answer.get("id").asText();
  }

  /** Changes fields of a record, as a person editing it in the CRM. */
  public void update(String object, String id, Map<String, Object> fields) throws IOException, InterruptedException {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(object + "/" + id)).method("PATCH", body(fields)));
    if (r.statusCode() != 204) {
      throw new IllegalStateException("devorg refused to update " + object + " " + id + ": HTTP " + r.statusCode()
          + " " + r.body());
    }
  }

  private URI uri(String path) {
    return token.instanceUrl().resolve(API + path);
  }

  private HttpRequest.BodyPublisher body(Map<String, Object> fields) throws IOException {
    return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fields));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.header("Authorization", "Bearer " + token.value())
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }
}
