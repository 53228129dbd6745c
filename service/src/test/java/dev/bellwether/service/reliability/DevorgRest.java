package dev.bellwether.service.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.testing.TestDevOrg;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * devorg's REST API as a person's browser or another integration would use it while Bellwether
 * syncs: signs in by the OAuth password grant and gets through devorg's injected faults the way a
 * careful client does (503: again; expired session: sign in again; UNABLE_TO_LOCK_ROW: again).
 * Counts every fault it met, so the suite can show the faults were really on. Also sets devorg's
 * faults through the admin API.
 */
final class DevorgRest {
  private static final String API = "/services/data/v64.0";
  private static final int MAX_TRIES = 40;

  /** Faults this client met. */
  static final class FaultsMet {
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger sessionExpired = new AtomicInteger();
    final AtomicInteger rowLocks = new AtomicInteger();
    final AtomicInteger connection = new AtomicInteger();

    @Override
    public String toString() {
      return unavailable + " x 503, " + rowLocks + " row locks, " + sessionExpired + " expired sessions"
          + (connection.get() > 0 ? ", " + connection + " dropped connections" : "");
    }
  }

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final FaultsMet met = new FaultsMet();
  private String token;

  DevorgRest(URI base) {
    this.base = base;
  }

  FaultsMet faultsMet() {
    return met;
  }

  /** Replaces devorg's fault spec (PUT /devorg/admin/faults); "" clears every fault but the session TTL. */
  void putFaults(String spec) {
    String body = json.createObjectNode().put("spec", spec).toString();
    HttpResponse<String> r = send(t -> request("/devorg/admin/faults", t)
        .PUT(HttpRequest.BodyPublishers.ofString(body)));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("PUT /devorg/admin/faults " + spec + ": HTTP " + r.statusCode() + " " + r.body());
    }
  }

  /** Creates a record and returns its id. */
  String create(String object, Map<String, Object> fields) {
    HttpResponse<String> r = send(t -> request(API + "/sobjects/" + object, t)
        .POST(HttpRequest.BodyPublishers.ofString(write(fields))));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("create " + object + " " + fields + ": HTTP " + r.statusCode() + " " + r.body());
    }
    return read(r.body()).get("id").asText();
  }

  /** Updates a record's fields. */
  void update(String object, String id, Map<String, Object> fields) {
    HttpResponse<String> r = send(t -> request(API + "/sobjects/" + object + "/" + id, t)
        .method("PATCH", HttpRequest.BodyPublishers.ofString(write(fields))));
    if (r.statusCode() != 204) {
      throw new IllegalStateException("update " + object + " " + id + " " + fields + ": HTTP " + r.statusCode()
          + " " + r.body());
    }
  }

  /** Deletes a record (to the recycle bin). */
  void delete(String object, String id) {
    HttpResponse<String> r = send(t -> request(API + "/sobjects/" + object + "/" + id, t).DELETE());
    if (r.statusCode() != 204) {
      throw new IllegalStateException("delete " + object + " " + id + ": HTTP " + r.statusCode() + " " + r.body());
    }
  }

  private HttpRequest.Builder request(String path, String bearer) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json");
  }

  /** Sends until devorg answers something other than an injected fault. */
  private synchronized HttpResponse<String> send(Function<String, HttpRequest.Builder> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        if (token == null) {
          token = signIn();
        }
        HttpResponse<String> r = http.send(request.apply(token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 503) {
          met.unavailable.incrementAndGet();
        } else if (r.statusCode() == 401) {
          met.sessionExpired.incrementAndGet();
          token = null;
        } else if (r.body().contains("UNABLE_TO_LOCK_ROW")) {
          met.rowLocks.incrementAndGet();
        } else {
          return r;
        }
      } catch (IOException e) {
        met.connection.incrementAndGet();
        if (attempt >= MAX_TRIES) {
          throw new IllegalStateException("devorg at " + base + " did not answer after " + attempt + " tries", e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted talking to devorg at " + base, e);
      }
      if (attempt >= MAX_TRIES) {
        throw new IllegalStateException("devorg at " + base + " kept failing after " + attempt + " tries");
      }
      pause(attempt);
    }
  }

  private String signIn() throws IOException, InterruptedException {
    String form = "grant_type=password&client_id=" + enc(TestDevOrg.CLIENT_ID) + "&client_secret="
        + enc(TestDevOrg.CLIENT_SECRET) + "&username=" + enc(TestDevOrg.USERNAME) + "&password="
        + enc(TestDevOrg.PASSWORD);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("signing in to devorg at " + base + ": HTTP " + r.statusCode() + " " + r.body());
    }
    return read(r.body()).get("access_token").asText();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(200, 5L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off", e);
    }
  }

  private String write(Map<String, Object> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (IOException e) {
      throw new IllegalArgumentException("fields do not serialise: " + fields, e);
    }
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("devorg answered no JSON: " + body, e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
