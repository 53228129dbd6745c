package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * retrieve()'s fieldList ("Id, Name, Owner.Name"), checked against the schema and with names
 * in their API spelling; it turns stored records into {@link SObjectView}s in list order,
 * following parent relationships.
 */
final class FieldList {
  /** One entry, as relationship names then a field name, all canonical. */
  private final List<List<String>> paths;

  private FieldList(List<List<String>> paths) {
    this.paths = List.copyOf(paths);
  }

  /** Parses and checks a field list; InvalidFieldFault for a name the object lacks. */
  static FieldList parse(Schema schema, ObjectDef type, String text) {
    if (text == null || text.isBlank()) {
      throw SoapFault.query(SoapFault.Detail.MALFORMED_QUERY, "MALFORMED_QUERY", "fieldList is empty", -1, -1);
    }
    List<List<String>> paths = new ArrayList<>();
    for (String raw : text.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        throw SoapFault.query(SoapFault.Detail.MALFORMED_QUERY, "MALFORMED_QUERY",
            "fieldList has an empty entry: " + text, -1, -1);
      }
      paths.add(canonical(schema, type, entry));
    }
    return new FieldList(paths);
  }

  /** The record as retrieve shows it: its Id always, then the listed fields. */
  SObjectView view(OrgStore store, StoredRecord r) {
    return new SObjectView(r.type().name(), r.id(), values(store, r, paths), false);
  }

  /** The values of paths on r; paths through one relationship share one nested sObject. */
  private static Map<String, Object> values(OrgStore store, StoredRecord r, List<List<String>> paths) {
    Map<String, List<List<String>>> byHead = new LinkedHashMap<>();
    for (List<String> p : paths) {
      byHead.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p.subList(1, p.size()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<List<String>>> e : byHead.entrySet()) {
      String head = e.getKey();
      List<List<String>> rest = e.getValue().stream().filter(p -> !p.isEmpty()).toList();
      if (rest.isEmpty()) {
        out.put(head, r.get(head));
        continue;
      }
      Optional<FieldDef> lookup = r.type().relationship(head);
      Object parentId = lookup.map(f -> r.get(f.name())).orElse(null);
      StoredRecord parent = parentId == null ? null
          : store.find(parentId.toString()).filter(p -> !p.deleted()).orElse(null);
      out.put(head, parent == null ? null
          : new SObjectView(parent.type().name(), null, values(store, parent, rest), false));
    }
    return out;
  }

  private static List<String> canonical(Schema schema, ObjectDef type, String entry) {
    List<String> parts = Arrays.asList(entry.split("\\."));
    List<String> out = new ArrayList<>(parts.size());
    ObjectDef current = type;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i).trim();
      boolean last = i == parts.size() - 1;
      if (last) {
        FieldDef f = current.field(part).orElseThrow(() -> noSuchField(part, type));
        out.add(f.name());
      } else {
        FieldDef lookup = current.relationship(part).orElseThrow(() -> noSuchField(part, type));
        out.add(lookup.relationshipName());
        // A polymorphic lookup (What, Who) is checked against its first target; the record
        // decides at read time.
        current = schema.object(lookup.referenceTo().get(0)).orElseThrow(() -> noSuchField(part, type));
      }
    }
    return out;
  }

  private static SoapFault noSuchField(String name, ObjectDef type) {
    return SoapFault.query(SoapFault.Detail.INVALID_FIELD, "INVALID_FIELD", "No such column '" + name
        + "' on entity '" + type.name() + "'. If you are attempting to use a custom field, be sure"
        + " to append the '__c' after the custom field name. Please reference your WSDL or the"
        + " describe call for the appropriate names.", -1, -1);
  }
}
