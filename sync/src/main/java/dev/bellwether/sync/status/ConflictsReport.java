package dev.bellwether.sync.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.store.conflicts.ConflictEntry;
import java.util.List;

/**
 * The newest decided conflicts of one org: on a field owned by both sides, which side's value was
 * kept and the value that lost. The value behind {@code sync conflicts}, its table and its JSON (the
 * one writer of that JSON: the CLI and the admin HTTP API both print it).
 *
 * @param orgId the org, or null when no sync has run yet
 * @param object the object the list is limited to, or null for every object
 * @param limit the most entries asked for
 * @param entries the conflicts, newest first
 */
public record ConflictsReport(String orgId, String object, int limit, List<ConflictEntry> entries) {
  private static final int MAX_VALUE = 30;

  public ConflictsReport {
    entries = List.copyOf(entries);
  }

  /**
   * {"orgId":..,"object":..|null,"limit":N,"conflicts":[{"id":N,"object":..,"crmId":..,"field":..,
   * "winner":"crm"|"bellwether","winnerValue":..,"loser":..,"loserValue":..,"decidedAt":..}]}; the
   * values are the stored JSON values themselves (text, number, boolean or null).
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("orgId", orgId);
    root.put("object", object);
    root.put("limit", limit);
    ArrayNode list = root.putArray("conflicts");
    for (ConflictEntry e : entries) {
      ObjectNode n = list.addObject();
      n.put("id", e.id());
      n.put("object", e.object());
      n.put("crmId", e.crmId());
      n.put("field", e.field());
      n.put("winner", e.winner().code());
      n.set("winnerValue", value(mapper, e.winnerValue()));
      n.put("loser", e.loser().code());
      n.set("loserValue", value(mapper, e.loserValue()));
      n.put("decidedAt", e.decidedAt().toString());
    }
    return root;
  }

  /** An aligned table for a terminal, one row per conflict, long values shortened. */
  public String toTable() {
    StringBuilder out = new StringBuilder("org ").append(orgId == null ? "(none synced yet)" : orgId)
        .append(object == null ? "" : ", " + object).append(": ").append(entries.size())
        .append(entries.size() == 1 ? " conflict" : " conflicts")
        .append(entries.size() == limit ? " (the newest " + limit + "; --limit shows more)" : "").append('\n');
    if (entries.isEmpty()) {
      return out.toString();
    }
    TextTable table = new TextTable("ID", "DECIDED", "OBJECT", "CRM ID", "FIELD", "KEPT", "KEPT VALUE",
        "LOST VALUE").rightAlign(0);
    for (ConflictEntry e : entries) {
      table.add(e.id(), e.decidedAt(), e.object(), e.crmId(), e.field(), e.winner().code(),
          TextTable.clip(e.winnerValue(), MAX_VALUE), TextTable.clip(e.loserValue(), MAX_VALUE));
    }
    return out.append(table).toString();
  }

  /** The stored JSON text as a JSON value; text that is not JSON is shown as it is, as a string. */
  private static JsonNode value(ObjectMapper mapper, String json) {
    if (json == null) {
      return mapper.nullNode();
    }
    try {
      JsonNode node = mapper.readTree(json);
      return node.isMissingNode() ? mapper.getNodeFactory().textNode(json) : node;
    } catch (JsonProcessingException e) {
      return mapper.getNodeFactory().textNode(json);
    }
  }
}
