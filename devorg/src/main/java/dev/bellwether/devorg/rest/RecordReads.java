package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the sObject resources: a record by id or external id, and recent items. */
final class RecordReads {
  /** How many records /sobjects/{type} lists as recent items. */
  static final int RECENT_ITEMS = 5;
  private final Org org;

  RecordReads(Org org) {
    this.org = org;
  }

  Response byId(ObjectDef type, String rawId, String fieldList, ApiVersion version) {
    List<FieldDef> fields = StoredRecordJson.select(type, fieldList);
    StoredRecord r = RecordTarget.forRead(org.store(), type, rawId);
    StoredRecordJson json = new StoredRecordJson(version);
    return RestResponses.streamed(g -> json.write(g, r, fields));
  }

  Response byExternalId(ObjectDef type, String fieldName, String value, String fieldList,
      ApiVersion version) {
    FieldDef key = ExternalIds.keyField(type, fieldName);
    List<FieldDef> fields = StoredRecordJson.select(type, fieldList);
    List<StoredRecord> matches = ExternalIds.matches(org.store(), type, key, value);
    if (matches.size() > 1) {
      return ExternalIds.multipleChoices(matches, version);
    }
    if (matches.isEmpty()) {
      throw RecordTarget.notFound();
    }
    StoredRecordJson json = new StoredRecordJson(version);
    return RestResponses.streamed(g -> json.write(g, matches.get(0), fields));
  }

  /**
   * The records Salesforce would list as recently viewed; devorg keeps no view history, so
   * these are the most recently created live records, newest first.
   */
  List<Map<String, Object>> recentItems(ObjectDef type, ApiVersion version) {
    List<StoredRecord> live = org.store().scan(type, false);
    String nameField = type.field("Name").isPresent() ? "Name" : null;
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = live.size() - 1; i >= 0 && out.size() < RECENT_ITEMS; i--) {
      StoredRecord r = live.get(i);
      Map<String, Object> item = new LinkedHashMap<>();
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("type", type.name());
      attributes.put("url", version.root() + "/sobjects/" + type.name() + "/" + r.id());
      item.put("attributes", attributes);
      item.put("Id", r.id());
      if (nameField != null) {
        item.put("Name", r.get(nameField));
      }
      out.add(item);
    }
    return out;
  }
}
