package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.SaveError;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns parent references by external id ({"Account": {"Ext_Id__c": "A-1"}}) into lookup ids
 * (AccountId), as Salesforce resolves them before saving.
 */
final class ForeignKeys {
  private final OrgStore store;

  ForeignKeys(OrgStore store) {
    this.store = store;
  }

  /** Adds the resolved lookup ids to body.fields(); the first problem as a save error. */
  Optional<SaveError> resolve(ObjectDef type, RecordBody body) {
    for (Map.Entry<String, ObjectNode> ref : body.references().entrySet()) {
      Optional<SaveError> problem = resolveOne(type, ref.getKey(), ref.getValue(), body);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private Optional<SaveError> resolveOne(ObjectDef type, String relationship, ObjectNode ref,
      RecordBody body) {
    Optional<FieldDef> lookup = type.relationship(relationship);
    if (lookup.isEmpty()) {
      return Optional.of(SaveError.of("INVALID_FIELD", "No such column '" + relationship
          + "' on sobject of type " + type.name(), relationship));
    }
    String parentName = ref.path("attributes").path("type").asText(lookup.get().referenceTo().get(0));
    Optional<ObjectDef> parent = store.schema().object(parentName);
    String keyField = null;
    JsonNode keyValue = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("attributes")) {
        keyField = e.getKey();
        keyValue = e.getValue();
      }
    }
    if (parent.isEmpty() || keyField == null) {
      return Optional.of(SaveError.of("INVALID_FIELD", "Invalid foreign key relationship name "
          + relationship, relationship));
    }
    Optional<FieldDef> key = parent.get().field(keyField);
    if (key.isEmpty() || !(key.get().externalId() || key.get().unique())) {
      return Optional.of(SaveError.of("INVALID_FIELD", "Field " + keyField
          + " is not an external id field or indexed field on " + parent.get().name(), relationship));
    }
    Set<String> ids = store.lookup(parent.get(), key.get(), keyValue.asText());
    if (ids.size() != 1) {
      return Optional.of(SaveError.of(ids.isEmpty() ? "INVALID_FIELD" : "DUPLICATE_EXTERNAL_ID",
          ids.isEmpty()
              ? "Foreign key external ID: " + keyValue.asText() + " not found for field "
                  + key.get().name() + " in entity " + parent.get().name()
              : "Foreign key external ID: " + keyValue.asText() + " matches more than one "
                  + parent.get().name(), relationship));
    }
    body.fields().put(lookup.get().name(), ids.iterator().next());
    return Optional.empty();
  }
}
