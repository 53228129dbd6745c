package dev.bellwether.devorg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** The benchmark's write and bulk workloads, each built from plain API calls. */
final class WriteWorkloads {
  private static final String[] INDUSTRIES = {"Technology", "Finance", "Healthcare", "Retail", "Manufacturing"};
  private final BenchClient c;

  WriteWorkloads(BenchClient c) {
    this.c = c;
  }

  long compositeUpsert(String prefix, int n) throws Exception {
    long ok = 0;
    for (int start = 0; start < n; start += 200) {
      StringBuilder body = new StringBuilder("{\"allOrNone\":false,\"records\":[");
      for (int i = start; i < Math.min(n, start + 200); i++) {
        if (i > start) {
          body.append(',');
        }
        body.append("{\"attributes\":{\"type\":\"Account\"},\"Bench_Key__c\":\"").append(prefix).append(i)
            .append("\",\"Name\":\"Bench Account ").append(i).append("\",\"Industry\":\"")
            .append(INDUSTRIES[i % INDUSTRIES.length]).append("\",\"AnnualRevenue\":").append(1000 + i)
            .append(",\"NumberOfEmployees\":").append(i % 5000).append('}');
      }
      body.append("]}");
      JsonNode results = c.json("PATCH", "/composite/sobjects/Account/Bench_Key__c", body.toString(), 200);
      for (JsonNode r : results) {
        if (r.path("success").asBoolean()) {
          ok++;
        }
      }
    }
    return ok;
  }

  long bulkUpsert(String prefix, int n) throws Exception {
    return ingest("upsert", "\"externalIdFieldName\":\"Bench_Key__c\",", prefix, n, 0);
  }

  long bulkInsert(String prefix, int n) throws Exception {
    long done = 0;
    // Several jobs, as a real loader would split a million rows.
    for (int start = 0; start < n; start += 250_000) {
      done += ingest("insert", "", prefix, Math.min(250_000, n - start), start);
    }
    return done;
  }

  private long ingest(String operation, String extra, String prefix, int n, int offset) throws Exception {
    JsonNode job = c.json("POST", "/jobs/ingest", "{\"object\":\"Account\",\"operation\":\"" + operation + "\","
        + extra + "\"contentType\":\"CSV\",\"lineEnding\":\"LF\"}", 200);
    String id = job.get("id").asText();
    StringBuilder csv = new StringBuilder("Bench_Key__c,Name,Industry,AnnualRevenue,NumberOfEmployees\n");
    for (int k = 0; k < n; k++) {
      int i = offset + k;
      csv.append(prefix).append(i).append(",Bench Account ").append(i).append(',')
          .append(INDUSTRIES[i % INDUSTRIES.length]).append(',').append(1000 + i).append(',').append(i % 5000).append('\n');
    }
    c.putCsv("/jobs/ingest/" + id + "/batches", csv.toString().getBytes(StandardCharsets.UTF_8));
    c.json("PATCH", "/jobs/ingest/" + id, "{\"state\":\"UploadComplete\"}", 200);
    JsonNode info = poll("/jobs/ingest/" + id);
    if (info.path("numberRecordsFailed").asLong() != 0) {
      throw new IllegalStateException("ingest job " + id + " had failures: " + info);
    }
    return info.path("numberRecordsProcessed").asLong();
  }

  long bulkQuery(String soql) throws Exception {
    JsonNode job = c.json("POST", "/jobs/query", "{\"operation\":\"query\",\"query\":\""
        + soql.replace("\"", "\\\"") + "\"}", 200);
    String id = job.get("id").asText();
    poll("/jobs/query/" + id);
    return c.bulkResults(id);
  }

  private JsonNode poll(String path) throws Exception {
    while (true) {
      JsonNode info = c.json("GET", path, null, 200);
      String state = info.path("state").asText();
      if (state.equals("JobComplete")) {
        return info;
      }
      if (state.equals("Failed") || state.equals("Aborted")) {
        throw new IllegalStateException(path + " ended " + state + ": " + info);
      }
      Thread.sleep(20);
    }
  }
}
