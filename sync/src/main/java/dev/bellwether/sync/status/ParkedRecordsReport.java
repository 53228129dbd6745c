package dev.bellwether.sync.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.store.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outbound records of one org parked as poison: what was to be written, and why the CRM refused
 * it. The value behind {@code sync parked}, its table and its JSON (the one writer of that JSON: the
 * CLI and the admin HTTP API both print it).
 *
 * @param orgId the org, or null when no sync has run yet
 * @param entries the parked outbox entries, oldest first
 */
public record ParkedRecordsReport(String orgId, List<OutboxEntry> entries) {
  private static final int MAX_MESSAGE = 60;
  private static final int MAX_FIELDS = 50;

  public ParkedRecordsReport {
    entries = List.copyOf(entries);
  }

  /**
   * {"orgId":..,"parked":[{"id":N,"object":..,"externalId":..,"fields":{..},"attempts":N,
   * "lastErrorCode":..,"lastErrorMessage":..,"createdAt":..}]}, instants in ISO-8601.
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("orgId", orgId);
    ArrayNode list = root.putArray("parked");
    for (OutboxEntry e : entries) {
      ObjectNode n = list.addObject();
      n.put("id", e.id());
      n.put("object", e.object());
      n.put("externalId", e.externalId());
      n.set("fields", mapper.valueToTree(e.fields()));
      n.put("attempts", e.attempts());
      n.put("lastErrorCode", e.lastErrorCode());
      n.put("lastErrorMessage", e.lastErrorMessage());
      n.put("createdAt", text(e.createdAt()));
    }
    return root;
  }

  /** An aligned table for a terminal, one row per parked record, long values shortened. */
  public String toTable() {
    StringBuilder out = new StringBuilder("org ").append(orgId == null ? "(none synced yet)" : orgId).append(": ")
        .append(entries.size()).append(entries.size() == 1 ? " parked record" : " parked records").append('\n');
    if (entries.isEmpty()) {
      return out.toString();
    }
    TextTable table = new TextTable("ID", "OBJECT", "EXTERNAL ID", "ATTEMPTS", "CREATED", "LAST ERROR", "FIELDS")
        .rightAlign(0, 3);
    for (OutboxEntry e : entries) {
      table.add(e.id(), e.object(), e.externalId(), e.attempts(), e.createdAt(), error(e),
          TextTable.clip(fields(e.fields()), MAX_FIELDS));
    }
    return out.append(table).toString();
  }

  private static String error(OutboxEntry e) {
    if (e.lastErrorCode() == null && e.lastErrorMessage() == null) {
      return null;
    }
    String text = e.lastErrorCode() == null ? e.lastErrorMessage()
        : e.lastErrorMessage() == null ? e.lastErrorCode() : e.lastErrorCode() + ": " + e.lastErrorMessage();
    return TextTable.clip(text, MAX_MESSAGE);
  }

  private static String fields(Map<String, Object> fields) {
    return fields.entrySet().stream().map(f -> f.getKey() + "=" + f.getValue()).collect(Collectors.joining(", "));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
