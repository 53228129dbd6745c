package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;

/**
 * Finds the record a /sobjects/{type}/{id} URL names, answering as Salesforce does: text that
 * is no id is taken for an external id → 404 NOT_FOUND; no such record of that type → 404
 * NOT_FOUND; a record in the recycle bin → not found for reads, ENTITY_IS_DELETED for writes.
 */
final class RecordTarget {
  private RecordTarget() {}

  static StoredRecord forRead(OrgStore store, ObjectDef type, String rawId) {
    StoredRecord r = find(store, type, rawId);
    if (r.deleted()) {
      throw notFound();
    }
    return r;
  }

  static StoredRecord forWrite(OrgStore store, ObjectDef type, String rawId) {
    StoredRecord r = find(store, type, rawId);
    if (r.deleted()) {
      throw new ApiException(404, "ENTITY_IS_DELETED", "entity is deleted");
    }
    return r;
  }

  private static StoredRecord find(OrgStore store, ObjectDef type, String rawId) {
    String id = Ids.normalize(rawId);
    if (id == null) {
      throw new ApiException(404, "NOT_FOUND",
          "Provided external ID field does not exist or is not accessible: " + rawId);
    }
    return store.find(id).filter(r -> r.type() == type).orElseThrow(RecordTarget::notFound);
  }

  static ApiException notFound() {
    return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
  }
}
