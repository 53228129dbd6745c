package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.describe.SObjectDescriber;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.Formats;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sObject Get Updated and Get Deleted: the ids changed or deleted in a time span, by
 * SystemModstamp and deletion time, for replication clients.
 */
final class ReplicationFeed {
  /** Salesforce refuses spans that would return more ids than this. */
  static final int MAX_IDS = 600_000;
  private final Org org;
  private final SObjectDescriber describer;

  ReplicationFeed(Org org) {
    this.org = org;
    this.describer = new SObjectDescriber(org.schema());
  }

  Response updated(ObjectDef type, String start, String end) {
    ReplicationWindow w = window(type, start, end);
    List<String> ids = new ArrayList<>();
    for (StoredRecord r : org.store().scan(type, false)) {
      Object stamp = r.get("SystemModstamp");
      if (stamp instanceof Instant t && w.contains(t)) {
        ids.add(r.id());
      }
    }
    checkSize(ids.size());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ids", ids);
    out.put("latestDateCovered", Formats.restDateTime(w.latestDateCovered()));
    return RestResponses.ok(out);
  }

  Response deleted(ObjectDef type, String start, String end) {
    ReplicationWindow w = window(type, start, end);
    List<Map<String, Object>> deleted = new ArrayList<>();
    for (StoredRecord r : org.store().scan(type, StoredRecord::deleted)) {
      if (w.contains(r.deletedAt())) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("deletedDate", Formats.restDateTime(r.deletedAt()));
        entry.put("id", r.id());
        deleted.add(entry);
      }
    }
    checkSize(deleted.size());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("deletedRecords", deleted);
    out.put("earliestDateAvailable", Formats.restDateTime(w.earliestAvailable()));
    out.put("latestDateCovered", Formats.restDateTime(w.latestDateCovered()));
    return RestResponses.ok(out);
  }

  private ReplicationWindow window(ObjectDef type, String start, String end) {
    if (!describer.describe(type, new ApiVersion(ApiVersion.LATEST).number()).replicateable()) {
      throw new ApiException(400, "INVALID_TYPE", "sObject type '" + type.name()
          + "' does not support replication");
    }
    return ReplicationWindow.parse(start, end, org.clock().instant());
  }

  private static void checkSize(int n) {
    if (n > MAX_IDS) {
      throw new ApiException(400, "EXCEEDED_ID_LIMIT", "Too many ids (" + n
          + "); choose start and end dates that are closer together");
    }
  }
}
