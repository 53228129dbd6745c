package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.devorg.DevOrg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A minimal REST client for tests: real HTTP against a started devorg, with the admin's token. */
final class RestClient {
  static final String V = "/services/data/v64.0";
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * HTTP/1.1 like jsforce, the sf CLI and OkHttp on cleartext: Java's default HTTP/2 client
   * adds "Upgrade: h2c", and Grizzly then drops the response's Content-Type.
   */
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final DevOrg devorg;
  private final String token;

  RestClient(DevOrg devorg) {
    this.devorg = devorg;
    this.token = devorg.org().sessions()
        .open(devorg.org().id(), devorg.org().adminUserId(), "bellwether-cli").token();
  }

  /** One answer: status, headers and the body (parsed when it is JSON). */
  record Answer(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    /** errorCode of the first entry of a Salesforce error array. */
    String errorCode() {
      return json().get(0).path("errorCode").asText();
    }
  }

  String token() {
    return token;
  }

  Answer get(String path) {
    return send("GET", path, null, token);
  }

  Answer post(String path, String body) {
    return send("POST", path, body, token);
  }

  Answer patch(String path, String body) {
    return send("PATCH", path, body, token);
  }

  Answer delete(String path) {
    return send("DELETE", path, null, token);
  }

  Answer send(String method, String path, String body, String bearer, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(devorg.url() + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates a record over REST and returns its id. */
  String create(String type, String json) {
    Answer a = post(V + "/sobjects/" + type, json);
    if (a.status() != 201) {
      throw new AssertionError("create " + type + " answered " + a.status() + ": " + a.body());
    }
    return a.json().get("id").asText();
  }
}
