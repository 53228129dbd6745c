package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.SaveError;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the sObjects of a save call. Elements may come in any order (WSC writes fieldsToNull
 * after the fields, against the WSDL sequence) and in any namespace. A field holding a nested
 * sObject is a parent reference by external id and becomes the lookup id, as in Salesforce:
 * {@code <Parent><type>Account</type><Ext_Id__c>A-1</Ext_Id__c></Parent>} sets ParentId.
 */
final class SObjectReader {
  private final OrgStore store;

  SObjectReader(OrgStore store) {
    this.store = store;
  }

  SObjectInput read(XmlElement sobject) {
    String type = sobject.childText("type");
    if (type == null || type.isBlank()) {
      throw SoapFault.query(SoapFault.Detail.INVALID_SOBJECT, "INVALID_TYPE",
          "Must send a concrete entity type.", -1, -1);
    }
    ObjectDef object = SObjectTypes.require(store.schema(), type.trim());
    String id = null;
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> toNull = new LinkedHashSet<>();
    SaveError problem = null;
    for (XmlElement e : sobject.children()) {
      switch (e.name()) {
        case "type":
          break;
        case "Id":
          id = e.nil() || e.text().isBlank() ? null : e.text().trim();
          break;
        case "fieldsToNull":
          if (!e.nil() && !e.text().isBlank()) {
            toNull.add(e.text().trim());
          }
          break;
        default:
          if (!e.children().isEmpty()) {
            problem = problem != null ? problem : parentReference(object, e, fields);
          } else if (!e.nil()) {
            // xsi:nil on a field means "not sent"; clearing takes fieldsToNull, as in Salesforce.
            fields.put(e.name(), e.text());
          }
      }
    }
    return new SObjectInput(object.name(), id, fields, toNull, problem);
  }

  /** Resolves a parent reference into fields; a save error when it does not name one record. */
  private SaveError parentReference(ObjectDef object, XmlElement ref, Map<String, Object> fields) {
    Optional<FieldDef> lookup = object.relationship(ref.name());
    if (lookup.isEmpty()) {
      return SaveError.of("INVALID_FIELD", "No such column '" + ref.name() + "' on sobject of type "
          + object.name(), ref.name());
    }
    String parentType = Optional.ofNullable(ref.childText("type")).map(String::trim)
        .orElse(lookup.get().referenceTo().get(0));
    Optional<ObjectDef> parent = store.schema().object(parentType);
    List<XmlElement> keys = ref.children().stream().filter(c -> !c.name().equals("type")).toList();
    if (parent.isEmpty() || keys.size() != 1) {
      return SaveError.of("INVALID_FIELD", "Invalid foreign key relationship name " + ref.name()
          + ": name exactly one external id field of the parent", ref.name());
    }
    XmlElement key = keys.get(0);
    Optional<FieldDef> keyField = parent.get().field(key.name());
    if (keyField.isEmpty() || !(keyField.get().externalId() || keyField.get().unique())) {
      return SaveError.of("INVALID_FIELD", "Field " + key.name()
          + " is not an external id field or indexed field on " + parent.get().name(), ref.name());
    }
    Set<String> ids = store.lookup(parent.get(), keyField.get(), key.text());
    if (ids.size() != 1) {
      return SaveError.of(ids.isEmpty() ? "INVALID_FIELD" : "DUPLICATE_EXTERNAL_ID", ids.isEmpty()
          ? "Foreign key external ID: " + key.text() + " not found for field "
              + keyField.get().name() + " in entity " + parent.get().name()
          : "Foreign key external ID: " + key.text() + " matches more than one "
              + parent.get().name(), ref.name());
    }
    fields.put(lookup.get().name(), ids.iterator().next());
    return null;
  }
}
