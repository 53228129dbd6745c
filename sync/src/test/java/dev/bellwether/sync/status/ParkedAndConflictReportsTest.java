package dev.bellwether.sync.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.store.conflicts.ConflictEntry;
import dev.bellwether.store.conflicts.ConflictEntry.Side;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.outbox.OutboxStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParkedAndConflictReportsTest {
  private static final String ORG = "00D000000000001EAA";
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void parkedJsonCarriesTheValuesAndTheCrmsReason() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Score__c", new BigDecimal("72.5"));
    fields.put("Band__c", "Green");
    fields.put("Summary__c", null);
    OutboxEntry parked = new OutboxEntry(12L, ORG, "CS_Health__c", "h-1", fields, T0, 5, T0, OutboxStatus.PARKED,
        "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Score must be below 50", 0);

    JsonNode json = new ParkedRecordsReport(ORG, List.of(parked)).toJson(mapper);

    assertEquals(ORG, json.get("orgId").asText());
    JsonNode entry = json.get("parked").get(0);
    assertEquals(12, entry.get("id").asLong());
    assertEquals("CS_Health__c", entry.get("object").asText());
    assertEquals("h-1", entry.get("externalId").asText());
    assertEquals(72.5, entry.get("fields").get("Score__c").asDouble());
    assertEquals("Green", entry.get("fields").get("Band__c").asText());
    assertTrue(entry.get("fields").get("Summary__c").isNull(), "a cleared field stays visible as null");
    assertEquals(5, entry.get("attempts").asInt());
    assertEquals("FIELD_CUSTOM_VALIDATION_EXCEPTION", entry.get("lastErrorCode").asText());
    assertEquals("Score must be below 50", entry.get("lastErrorMessage").asText());
    assertEquals("2026-03-02T08:00:00Z", entry.get("createdAt").asText());
  }

  @Test
  void parkedTableAlignsColumnsAndShortensLongMessages() {
    OutboxEntry a = new OutboxEntry(7L, ORG, "Account", "acct-1", Map.of("Name", "Acme"), T0, 1, T0,
        OutboxStatus.PARKED, "INVALID_FIELD", "x".repeat(200), 0);
    OutboxEntry b = new OutboxEntry(1234L, ORG, "CS_Health__c", "h-22", Map.of("Score__c", 3L), T0, 12, T0,
        OutboxStatus.PARKED, "ENTITY_IS_DELETED", "gone\nfor good", 0);

    String table = new ParkedRecordsReport(ORG, List.of(a, b)).toTable();

    List<String> lines = table.lines().toList();
    assertEquals("org " + ORG + ": 2 parked records", lines.get(0));
    assertEquals(4, lines.size(), "a header and one line per record, line breaks in messages removed: " + table);
    int object = lines.get(1).indexOf("OBJECT");
    assertEquals(object, lines.get(2).indexOf("Account"), table);
    assertEquals(object, lines.get(3).indexOf("CS_Health__c"), table);
    assertTrue(lines.get(2).startsWith("   7  "), "ids align right: " + table);
    assertTrue(lines.get(2).contains("…") && !lines.get(2).contains("x".repeat(100)), table);
    assertTrue(lines.get(3).contains("ENTITY_IS_DELETED: gone for good"), table);
  }

  @Test
  void emptyParkedListSaysSo() {
    assertEquals("org " + ORG + ": 0 parked records\n", new ParkedRecordsReport(ORG, List.of()).toTable());
    assertEquals(0, new ParkedRecordsReport(ORG, List.of()).toJson(mapper).get("parked").size());
  }

  @Test
  void conflictJsonShowsBothSidesWithTheirStoredJsonValues() {
    ConflictEntry e = new ConflictEntry(3, ORG, "CS_Renewal__c", "a0B000000000001AAA", "Forecast__c",
        Side.BELLWETHER, "\"Commit\"", "\"Pipeline\"", T0);
    ConflictEntry number = new ConflictEntry(2, ORG, "CS_Renewal__c", "a0B000000000001AAA", "Amount__c", Side.CRM,
        "1200.5", null, T0.minusSeconds(5));

    JsonNode json = new ConflictsReport(ORG, "CS_Renewal__c", 50, List.of(e, number)).toJson(mapper);

    assertEquals("CS_Renewal__c", json.get("object").asText());
    assertEquals(50, json.get("limit").asInt());
    JsonNode first = json.get("conflicts").get(0);
    assertEquals(3, first.get("id").asLong());
    assertEquals("a0B000000000001AAA", first.get("crmId").asText());
    assertEquals("Forecast__c", first.get("field").asText());
    assertEquals("bellwether", first.get("winner").asText());
    assertEquals("Commit", first.get("winnerValue").asText());
    assertEquals("crm", first.get("loser").asText());
    assertEquals("Pipeline", first.get("loserValue").asText());
    assertEquals("2026-03-02T08:00:00Z", first.get("decidedAt").asText());
    JsonNode second = json.get("conflicts").get(1);
    assertTrue(second.get("winnerValue").isNumber());
    assertTrue(second.get("loserValue").isNull(), "an empty field lost");
  }

  @Test
  void conflictTableNamesTheKeptSideAndHintsAtMoreWhenTheLimitIsReached() {
    ConflictEntry e = new ConflictEntry(3, ORG, "CS_Renewal__c", "a0B000000000001AAA", "Forecast__c", Side.CRM,
        "\"Commit\"", "\"Pipeline\"", T0);

    String table = new ConflictsReport(ORG, null, 1, List.of(e)).toTable();

    assertTrue(table.startsWith("org " + ORG + ": 1 conflict (the newest 1; --limit shows more)\n"), table);
    String row = table.lines().toList().get(2);
    assertTrue(row.contains("Forecast__c") && row.contains("crm") && row.contains("\"Commit\"")
        && row.contains("\"Pipeline\""), table);
  }
}
