package dev.bellwether.sync.local;

import dev.bellwether.sync.conflict.FieldValues;
import dev.bellwether.sync.inbound.StoredValues;
import dev.bellwether.sync.mapping.Direction;
import dev.bellwether.sync.mapping.FieldMapping;
import dev.bellwether.sync.mapping.ObjectMapping;
import dev.bellwether.yamlconfig.ClosestName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of a local edit checked against the object's mapping and put in store form, keyed by
 * the mapping's spelling of each field. Every problem is an IllegalArgumentException naming the
 * object and the field.
 */
final class EditValues {

  private EditValues() {
  }

  /**
   * @param externalId for an upsert, the external id the values must agree with; null for an edit by CRM id
   */
  static Map<String, Object> of(ObjectMapping mapping, Map<String, ?> values, String externalId) {
    Objects.requireNonNull(values, "values");
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      FieldMapping field = field(mapping, e.getKey());
      Object value = stored(mapping, field, e.getValue());
      if (field.field().equalsIgnoreCase(mapping.externalIdField())) {
        checkExternalId(mapping, field, value, externalId);
        continue;
      }
      if (out.containsKey(field.field())) {
        throw new IllegalArgumentException(mapping.object() + "." + field.field() + " is given twice (as '"
            + e.getKey() + "' too)");
      }
      out.put(field.field(), value);
    }
    return out;
  }

  private static FieldMapping field(ObjectMapping mapping, String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(mapping.object() + ": a field name is empty");
    }
    FieldMapping field = mapping.field(name).orElseThrow(() -> {
      List<String> known = mapping.fields().stream().map(FieldMapping::field).toList();
      String hint = ClosestName.to(name, known).map(s -> "; did you mean '" + s + "'?").orElse("");
      return new IllegalArgumentException(mapping.object() + " has no mapped field '" + name + "'" + hint);
    });
    if (field.direction() == Direction.INBOUND) {
      throw new IllegalArgumentException(mapping.object() + "." + field.field() + " is mapped inbound (CRM→store "
          + "only): the CRM owns it, so Bellwether cannot write it");
    }
    return field;
  }

  private static Object stored(ObjectMapping mapping, FieldMapping field, Object value) {
    try {
      return StoredValues.toStored(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(mapping.object() + "." + field.field() + ": " + e.getMessage(), e);
    }
  }

  /** The external id field names the record; it can be given, but only with the record's own value. */
  private static void checkExternalId(ObjectMapping mapping, FieldMapping field, Object value, String externalId) {
    if (externalId == null) {
      throw new IllegalArgumentException(mapping.object() + "." + field.field() + " is the external id field: a "
          + "record's external id is not changed by an edit");
    }
    if (!FieldValues.same(value, externalId)) {
      throw new IllegalArgumentException(mapping.object() + "." + field.field() + " is '" + value
          + "' but the record is upserted by external id '" + externalId + "'");
    }
  }
}
