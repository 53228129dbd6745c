package dev.bellwether.devorg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpgradeOfferTest {
  @Test
  void postWithJavasDefaultH2cUpgradeOfferIsAnsweredAsHttp11() throws Exception {
    try (DevOrg devorg = DevOrg.start(DevOrgOptions.builder().build())) {
      // The default client offers "Upgrade: h2c" on its first request.
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(devorg.url() + "/services/oauth2/token"))
          .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=bellwether-cli"
              + "&client_secret=bellwether-secret&username=admin@bellwether.devorg&password=bellwether"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertTrue(r.body().contains("access_token"));
    }
  }
}
