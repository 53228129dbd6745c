package dev.bellwether.sync.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sync of one org stands, per object: the value behind {@code sync status}, its table and its
 * JSON. This is the one writer of that JSON: the CLI and the admin HTTP API both print it.
 *
 * @param orgId the org, or null when no sync has run yet
 * @param generatedAt when the report was read (lags are relative to it)
 * @param objects one line per object, in sync order
 */
public record SyncStatusReport(String orgId, Instant generatedAt, List<ObjectStatusLine> objects) {

  public SyncStatusReport {
    objects = List.copyOf(objects);
  }

  public Optional<ObjectStatusLine> object(String name) {
    return objects.stream().filter(o -> o.object().equalsIgnoreCase(name)).findFirst();
  }

  /** The total errors over all objects. */
  public long errors() {
    return objects.stream().mapToLong(ObjectStatusLine::errors).sum();
  }

  /**
   * {"orgId":..,"generatedAt":..,"objects":[{"object":..,"records":N,"watermark":..,"lagSeconds":..,
   * "apiCalls":..,"errors":..,"pending":..,"parked":..,"conflicts":..,"missingFields":[..],"lastRunAt":..,
   * "lastError":..}]}
   * with instants in ISO-8601 and unknown values as null.
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("orgId", orgId);
    root.put("generatedAt", text(generatedAt));
    ArrayNode list = root.putArray("objects");
    for (ObjectStatusLine o : objects) {
      ObjectNode n = list.addObject();
      n.put("object", o.object());
      n.put("records", o.records());
      n.put("watermark", text(o.watermark()));
      n.put("lagSeconds", o.lagSeconds());
      n.put("apiCalls", o.apiCalls());
      n.put("errors", o.errors());
      n.put("pending", o.pending());
      n.put("parked", o.parked());
      n.put("conflicts", o.conflicts());
      ArrayNode missing = n.putArray("missingFields");
      o.missingFields().forEach(missing::add);
      n.put("lastRunAt", text(o.lastRunAt()));
      n.put("lastError", o.lastError());
    }
    return root;
  }

  /** A fixed-width table for a terminal, one row per object. */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append("org ").append(orgId == null ? "(none synced yet)" : orgId).append(", as of ")
        .append(generatedAt).append('\n');
    String format = "%-20s %9s  %-27s %7s %9s %6s %7s %6s %9s  %s%n";
    out.append(String.format(format, "OBJECT", "RECORDS", "WATERMARK", "LAG", "API CALLS", "ERRORS",
        "PENDING", "PARKED", "CONFLICTS", "MISSING FIELDS"));
    for (ObjectStatusLine o : objects) {
      out.append(String.format(format, o.object(), o.records(),
          o.watermark() == null ? "-" : o.watermark().toString(),
          o.lagSeconds() == null ? "-" : o.lagSeconds() + "s", o.apiCalls(), o.errors(), o.pending(), o.parked(),
          o.conflicts(), o.missingFields().isEmpty() ? "-" : String.join(",", o.missingFields())));
      if (o.lastError() != null) {
        out.append("  last error: ").append(o.lastError()).append('\n');
      }
    }
    return out.toString();
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
