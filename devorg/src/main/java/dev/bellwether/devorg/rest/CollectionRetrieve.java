package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.StoredRecord;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Retrieve for sObject collections: the named fields of up to 2,000 records of one type, in
 * the order asked, with null for an id that names no live record of that type.
 */
final class CollectionRetrieve {
  /** Salesforce's limit on ids in one retrieve. */
  static final int MAX_IDS = 2000;
  private final Org org;

  CollectionRetrieve(Org org) {
    this.org = org;
  }

  Response retrieve(ObjectDef type, List<String> ids, String fieldList, ApiVersion version) {
    if (fieldList == null || fieldList.isBlank()) {
      throw new ApiException(400, "MISSING_ARGUMENT", "The fields parameter is required");
    }
    if (ids.isEmpty()) {
      throw new ApiException(400, "MISSING_ARGUMENT", "The ids parameter is required");
    }
    if (ids.size() > MAX_IDS) {
      throw new ApiException(400, "EXCEEDED_ID_LIMIT", "Cannot retrieve more than " + MAX_IDS + " records");
    }
    List<FieldDef> fields = StoredRecordJson.select(type, fieldList);
    List<StoredRecord> found = new ArrayList<>(ids.size());
    for (String raw : ids) {
      String id = Ids.normalize(raw);
      if (id == null) {
        throw new ApiException(400, "MALFORMED_ID", "malformed id " + raw);
      }
      found.add(org.store().find(id).filter(r -> r.type() == type && !r.deleted()).orElse(null));
    }
    StoredRecordJson json = new StoredRecordJson(version);
    return RestResponses.streamed(g -> {
      g.writeStartArray();
      for (StoredRecord r : found) {
        if (r == null) {
          g.writeNull();
        } else {
          json.write(g, r, fields);
        }
      }
      g.writeEndArray();
    });
  }
}
