package dev.bellwether.connector.salesforce.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs a grant to {loginUrl}/services/oauth2/token and reads the answer into an
 * {@link AccessToken}; org and user ids come from the response's identity URL (.../id/ORG/USER).
 */
public final class OAuthTokenClient {
  private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenClient.class);
  /** Form fields whose values are secret and so never appear in a message. */
  private static final Set<String> SECRET_FIELDS = Set.of("client_secret", "password", "refresh_token",
      "assertion");
  private final URI loginUrl;
  private final URI endpoint;
  private final OkHttpClient http;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public OAuthTokenClient(URI loginUrl, Duration connectTimeout, Duration readTimeout, Clock clock) {
    this.loginUrl = Origins.of(loginUrl);
    this.endpoint = URI.create(this.loginUrl + "/services/oauth2/token");
    this.clock = clock;
    this.http = new OkHttpClient.Builder()
        .protocols(List.of(Protocol.HTTP_1_1))
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        // A token request is not idempotent for a refresh token that rotates; never resend silently.
        .retryOnConnectionFailure(false)
        .build();
  }

  /** The login URL's origin (scheme, host, port), e.g. https://login.salesforce.com. */
  public URI loginUrl() {
    return loginUrl;
  }

  /** Sends one grant; {@code flow} names it in messages, e.g. "jwt-bearer". */
  public AccessToken requestToken(String flow, Map<String, String> form) throws CrmException {
    FormBody.Builder body = new FormBody.Builder();
    List<String> secrets = new ArrayList<>();
    form.forEach((k, v) -> {
      body.add(k, v);
      if (SECRET_FIELDS.contains(k)) {
        secrets.add(v);
      }
    });
    Request request = new Request.Builder().url(endpoint.toString()).post(body.build())
        .header("Accept", "application/json").build();
    try (Response response = http.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw TokenErrors.refused(flow, endpoint, response.code(), text, secrets);
      }
      AccessToken token = read(flow, text);
      LOG.debug("{}: token issued for org {} user {} at {}", flow, token.orgId(), token.userId(),
          token.instanceUrl());
      return token;
    } catch (SocketTimeoutException e) {
      throw new CrmException(Kind.UNAVAILABLE, "TIMEOUT", null, flow + ": token request to " + endpoint
          + " timed out", e);
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CrmException(Kind.INTERRUPTED, null, null, flow + ": interrupted while asking for a token", e);
      }
      throw new CrmException(Kind.UNAVAILABLE, "TIMEOUT", null, flow + ": token request to " + endpoint
          + " timed out", e);
    } catch (IOException e) {
      throw new CrmException(Kind.UNAVAILABLE, "CONNECTION", null, flow + ": token request to " + endpoint
          + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private AccessToken read(String flow, String body) throws CrmException {
    JsonNode n;
    try {
      n = json.readTree(body);
    } catch (IOException e) {
      throw new CrmException(Kind.PROTOCOL, null, null, flow + ": the token response is not JSON");
    }
    String access = text(n, "access_token");
    String instance = text(n, "instance_url");
    String id = text(n, "id");
    if (access == null || instance == null || id == null) {
      throw new CrmException(Kind.PROTOCOL, null, null, flow + ": the token response lacks access_token,"
          + " instance_url or id");
    }
    IdentityUrl identity = IdentityUrl.parse(id).orElseThrow(() -> new CrmException(Kind.PROTOCOL, null, null,
        flow + ": the token response's id is not an identity URL (.../id/ORG/USER): " + id));
    URI instanceUrl;
    try {
      instanceUrl = Origins.of(URI.create(instance));
    } catch (IllegalArgumentException e) {
      throw new CrmException(Kind.PROTOCOL, null, null, flow + ": the token response's instance_url is not a URL: "
          + instance);
    }
    return new AccessToken(access, instanceUrl, identity.orgId(), identity.userId(), clock.instant());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
  }
}
