package dev.bellwether.sync.mapping;

import java.util.List;
import java.util.Optional;

/**
 * How one CRM object syncs.
 *
 * @param object the CRM object's API name, unqualified
 * @param externalIdField the field outbound writes upsert by, or null when Bellwether never creates records of it
 * @param fields the mapped fields
 */
public record ObjectMapping(String object, String externalIdField, List<FieldMapping> fields) {

  public ObjectMapping {
    fields = List.copyOf(fields);
  }

  /** Fields read from the CRM. */
  public List<String> inboundFields() {
    return fields.stream().filter(FieldMapping::inbound).map(FieldMapping::field).toList();
  }

  /** Fields written to the CRM. */
  public List<String> outboundFields() {
    return fields.stream().filter(FieldMapping::outbound).map(FieldMapping::field).toList();
  }

  public Optional<FieldMapping> field(String name) {
    return fields.stream().filter(f -> f.field().equalsIgnoreCase(name)).findFirst();
  }
}
