package dev.bellwether.devorg.rest;

import static dev.bellwether.devorg.rest.RestClient.V;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.rest.RestClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestLimitsTest {
  private DevOrg devorg;
  private RestClient rest;

  @BeforeEach
  void start() {
    devorg = DevOrg.start(DevOrgOptions.builder().apiLimit(100).build());
    rest = new RestClient(devorg);
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void limitsReportDailyApiRequestsAsCounted() {
    rest.get(V + "/sobjects");
    rest.get(V + "/sobjects");
    Answer a = rest.get(V + "/limits");
    assertEquals(200, a.status());
    JsonNode daily = a.json().path("DailyApiRequests");
    assertEquals(100, daily.path("Max").asInt());
    // Three calls counted so far, this one included.
    assertEquals(97, daily.path("Remaining").asInt());
    assertEquals("api-usage=3/100", a.header("Sforce-Limit-Info").orElse(""));
    assertEquals(10000, a.json().path("DailyBulkV2QueryJobs").path("Max").asInt());
    assertEquals(15000, a.json().path("DailyBulkApiBatches").path("Remaining").asInt());
    // Two records (the admin and the Organization row) at 2 KB use one whole megabyte.
    assertEquals(5, a.json().path("DataStorageMB").path("Max").asInt());
    assertEquals(4, a.json().path("DataStorageMB").path("Remaining").asInt());
  }

  @Test
  void spentBudgetAnswers403RequestLimitExceeded() {
    devorg.org().apiUsage().setLimit(2);
    assertEquals(200, rest.get(V + "/limits").status());
    assertEquals(200, rest.get(V + "/limits").status());
    Answer a = rest.get(V + "/limits");
    assertEquals(403, a.status());
    assertEquals("[{\"message\":\"TotalRequests Limit exceeded. (limit 2)\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]", a.body());
    // The versions list is not counted and stays available.
    assertEquals(200, rest.send("GET", "/services/data/", null, null).status());
  }
}
