package dev.bellwether.devorg.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.org.OrgFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * Real clients against a devorg for fault tests: the JDK HTTP client for REST and Bulk (whose
 * I/O failures the tests want to see, so they are thrown as they are) and WSC for SOAP.
 */
final class FaultClient {
  static final String V = "/services/data/v64.0";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DevOrg devorg;
  private final String token;

  FaultClient(DevOrg devorg) {
    this.devorg = devorg;
    this.token = devorg.org().sessions().open(devorg.org().id(), devorg.org().adminUserId(), "bellwether-cli")
        .token();
  }

  /** One call on a fresh connection, so no earlier reset or pooled connection plays a part. */
  HttpResponse<String> send(String method, String path, String json, Duration timeout)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(devorg.url() + path)).timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      b.header("Content-Type", path.endsWith("/batches") ? "text/csv" : "application/json");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A call that must succeed with this status; returns its JSON (null when empty). */
  JsonNode json(String method, String path, String body, int status) {
    try {
      HttpResponse<String> r = send(method, path, body, Duration.ofSeconds(30));
      if (r.statusCode() != status) {
        throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body().isEmpty() ? null : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls a Bulk job until it is JobComplete, Failed or Aborted. */
  JsonNode awaitJobEnd(String jobPath) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode info = json("GET", jobPath, null, 200);
      if (Set.of("JobComplete", "Failed", "Aborted").contains(info.path("state").asText())) {
        return info;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("job " + jobPath + " did not finish");
  }

  /** WSC on the serverUrl login hands out, with the admin's token as session id. */
  PartnerConnection partner(Duration readTimeout) throws ConnectionException {
    ConnectorConfig c = new ConnectorConfig();
    c.setConnectionTimeout(5_000);
    c.setReadTimeout((int) readTimeout.toMillis());
    c.setSessionId(token);
    c.setServiceEndpoint(devorg.url() + "/services/Soap/u/64.0/" + devorg.org().id().substring(0, 15));
    return Connector.newConnection(c);
  }

  /** WSC's username/password login() against /services/Soap/u/64.0. */
  PartnerConnection partnerLogin() throws ConnectionException {
    ConnectorConfig c = new ConnectorConfig();
    c.setConnectionTimeout(5_000);
    c.setReadTimeout(30_000);
    c.setUsername(OrgFactory.ADMIN_USERNAME);
    c.setPassword(OrgFactory.DEFAULT_PASSWORD);
    c.setAuthEndpoint(devorg.url() + "/services/Soap/u/64.0");
    return Connector.newConnection(c);
  }
}
