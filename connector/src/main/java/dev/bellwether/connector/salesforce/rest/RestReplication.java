package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.DeletedRecord;
import dev.bellwether.connector.Deletions;
import dev.bellwether.connector.FieldType;
import dev.bellwether.connector.TimeWindow;
import dev.bellwether.connector.salesforce.UpdatedIds;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.salesforce.values.WireValues;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST's replication feeds: the ids of an object updated (by SystemModstamp) or deleted in a
 * window, one request each.
 *
 * <p>Salesforce ignores the seconds of start and end (both are truncated to the minute) and
 * treats both ends as included, so a window's answer may reach up to a minute into its
 * neighbours; a replayed id is harmless to a sync that applies changes by id. The span actually
 * covered comes back as latestDateCovered, which is where the next window should start. The span
 * may not exceed 30 days nor begin earlier than 30 days ago (INVALID_REPLICATION_DATE).
 */
public final class RestReplication {
  /** Salesforce's documented form, "2025-01-02T03:04:00+00:00" (its '+' must be encoded). */
  private static final DateTimeFormatter WIRE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);
  private final RestTransport transport;
  private final Namespace namespace;

  public RestReplication(RestTransport transport, Namespace namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  /** GET sobjects/{type}/updated/: records created or modified within the window. */
  public UpdatedIds updated(String object, TimeWindow window) throws CrmException {
    if (withinOneMinute(window)) {
      return new UpdatedIds(List.of(), window.from().truncatedTo(ChronoUnit.MINUTES));
    }
    JsonNode answer = transport.getJson("getUpdated " + object, object, target(object, "updated", window));
    List<String> ids = new ArrayList<>();
    for (JsonNode id : array(answer, "ids", object)) {
      ids.add(id.asText());
    }
    return new UpdatedIds(ids, instant(answer, "latestDateCovered", object));
  }

  /** GET sobjects/{type}/deleted/: records deleted within the window, and the CRM's retention. */
  public Deletions deleted(String object, TimeWindow window) throws CrmException {
    if (withinOneMinute(window)) {
      return new Deletions(List.of(), null, window.from().truncatedTo(ChronoUnit.MINUTES));
    }
    JsonNode answer = transport.getJson("getDeleted " + object, object, target(object, "deleted", window));
    List<DeletedRecord> records = new ArrayList<>();
    for (JsonNode r : array(answer, "deletedRecords", object)) {
      records.add(new DeletedRecord(r.path("id").asText(), instant(r, "deletedDate", object)));
    }
    return new Deletions(records, instant(answer, "earliestDateAvailable", object),
        instant(answer, "latestDateCovered", object));
  }

  /**
   * Salesforce refuses a span whose start and end fall in the same minute (start must precede
   * end once seconds are dropped). Such a window is answered empty without a request, covering
   * nothing past its start's minute, so the caller's next window starts there again.
   */
  private static boolean withinOneMinute(TimeWindow window) {
    return !window.from().truncatedTo(ChronoUnit.MINUTES).isBefore(window.to().truncatedTo(ChronoUnit.MINUTES));
  }

  private String target(String object, String feed, TimeWindow window) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("start", WIRE_DATE.format(window.from()));
    params.put("end", WIRE_DATE.format(window.to()));
    String type = RequestTargets.apiName(namespace.qualify(object));
    return RequestTargets.withQuery(transport.dataPath("sobjects/" + type + "/" + feed + "/"), params);
  }

  private static JsonNode array(JsonNode answer, String field, String object) throws CrmException {
    JsonNode a = answer == null ? null : answer.get(field);
    if (a == null || !a.isArray()) {
      throw new CrmException(Kind.PROTOCOL, null, object, "replication answer for " + object + " has no " + field);
    }
    return a;
  }

  private static Instant instant(JsonNode node, String field, String object) throws CrmException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return (Instant) WireValues.fromText(FieldType.DATETIME, v.asText());
    } catch (IllegalArgumentException e) {
      throw new CrmException(Kind.PROTOCOL, null, object, "replication answer for " + object + ": bad "
          + field + ": " + e.getMessage(), e);
    }
  }
}
