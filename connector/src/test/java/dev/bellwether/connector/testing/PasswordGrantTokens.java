package dev.bellwether.connector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.AccessToken;
import dev.bellwether.connector.salesforce.auth.TokenSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Test-only tokens by the OAuth password grant with the JDK's HTTP client, so transport tests do
 * not depend on the adapter's own auth package. Counts how often it was asked.
 */
public final class PasswordGrantTokens implements TokenSource {
  private final URI loginUrl;
  private int fetches;

  public PasswordGrantTokens(URI loginUrl) {
    this.loginUrl = loginUrl;
  }

  @Override
  public synchronized AccessToken fetch() throws CrmException {
    fetches++;
    String form = "grant_type=password&client_id=" + enc(TestDevOrg.CLIENT_ID) + "&client_secret="
        + enc(TestDevOrg.CLIENT_SECRET) + "&username=" + enc(TestDevOrg.USERNAME) + "&password="
        + enc(TestDevOrg.PASSWORD);
    try {
      HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
          HttpRequest.newBuilder(loginUrl.resolve("/services/oauth2/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new CrmException(CrmException.Kind.AUTHENTICATION, null, null, "token: HTTP " + r.statusCode());
      }
      JsonNode n = new ObjectMapper().readTree(r.body());
      String[] id = n.get("id").asText().split("/");
      return new AccessToken(n.get("access_token").asText(), URI.create(n.get("instance_url").asText()),
          id[id.length - 2], id[id.length - 1], Instant.now());
    } catch (java.io.IOException e) {
      throw new CrmException(CrmException.Kind.UNAVAILABLE, null, null, "token: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmException(CrmException.Kind.INTERRUPTED, null, null, "interrupted");
    }
  }

  public synchronized int fetches() {
    return fetches;
  }

  @Override
  public String name() {
    return "test-password-grant";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
