package dev.bellwether.connector.salesforce.rest;

import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.salesforce.values.WireValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record as an sObject collection wants it: {"attributes": {"type": qualified}, fields...}
 * with qualified names, values in REST JSON form, and JSON null for a field to be emptied.
 */
final class RecordBodies {
  private final ObjectSchema schema;
  private final Namespace namespace;
  private final String qualifiedType;

  RecordBodies(ObjectSchema schema, Namespace namespace) {
    this.schema = schema;
    this.namespace = namespace;
    this.qualifiedType = namespace.qualify(schema.name());
  }

  /**
   * The body of a record. {@code id} is written as "Id" when not null (updates); otherwise an
   * "Id" among the fields is left out, since inserts and upserts by external id refuse one.
   *
   * @throws BadValue when a value does not suit its field's type
   */
  Map<String, Object> body(CrmRecord record, String id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("attributes", Map.of("type", qualifiedType));
    if (id != null) {
      body.put("Id", id);
    }
    for (Map.Entry<String, Object> e : record.fields().entrySet()) {
      if (e.getKey().equalsIgnoreCase("Id")) {
        continue;
      }
      body.put(namespace.qualify(e.getKey()), value(e.getKey(), e.getValue()));
    }
    return body;
  }

  private Object value(String name, Object value) {
    if (value == null) {
      return null;
    }
    // A field the schema does not know is passed as given; Salesforce answers INVALID_FIELD.
    FieldSchema field = schema.field(name).orElse(null);
    try {
      return field == null ? value : WireValues.toJson(field.type(), value);
    } catch (IllegalArgumentException e) {
      throw new BadValue(name, e.getMessage());
    }
  }

  /** A record value that cannot be written as its field's type; the record is not sent. */
  static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    BadValue(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    String field() {
      return field;
    }
  }
}
