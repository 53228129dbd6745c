package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteOperation;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.salesforce.values.WireValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link CrmRecord} as the partner API's sObject: qualified names, every value as its wire text
 * (Salesforce parses it by the field's type), and fields present with a null value listed in
 * fieldsToNull. A record that cannot be sent at all (an unknown field, a value of the wrong
 * Java type, an update without id) is refused here with the status code Salesforce would use,
 * so that it fails alone instead of failing the call for its neighbours.
 */
final class SObjectEncoder {
  private final ObjectSchema schema;
  private final Namespace namespace;
  private final String type;

  SObjectEncoder(String object, ObjectSchema schema, Namespace namespace) {
    this.schema = schema;
    this.namespace = namespace;
    this.type = namespace.qualify(object);
  }

  /** Either the sObject to send or why this record is not sent. */
  record Encoded(SObject sobject, RecordError refusal) {}

  Encoded encode(CrmRecord record, WriteOperation operation, String externalIdField) {
    SObject s = new SObject(type);
    String id = idOf(record);
    if (operation == WriteOperation.UPDATE) {
      if (id == null) {
        return refused("MISSING_ARGUMENT", "an update needs the record's Id", List.of("Id"));
      }
      s.setId(id);
    } else if (operation == WriteOperation.UPSERT && "Id".equalsIgnoreCase(externalIdField) && id != null) {
      s.setId(id);
    }
    List<String> toNull = new ArrayList<>();
    for (Map.Entry<String, Object> e : record.fields().entrySet()) {
      String name = e.getKey();
      if ("Id".equalsIgnoreCase(name)) {
        continue;
      }
      FieldSchema field = schema.field(name).orElse(null);
      if (field == null) {
        return refused("INVALID_FIELD", "No such column '" + name + "' on entity '" + schema.name() + "'",
            List.of(name));
      }
      String qualified = namespace.qualify(field.name());
      if (e.getValue() == null) {
        toNull.add(qualified);
        continue;
      }
      try {
        s.setField(qualified, WireValues.toText(field.type(), e.getValue()));
      } catch (IllegalArgumentException bad) {
        return refused("INVALID_TYPE_ON_FIELD_IN_RECORD", field.name() + ": " + bad.getMessage(),
            List.of(field.name()));
      }
    }
    if (!toNull.isEmpty()) {
      s.setFieldsToNull(toNull.toArray(new String[0]));
    }
    return new Encoded(s, null);
  }

  /** The record's id, from the record itself or an "Id" field. */
  static String idOf(CrmRecord record) {
    if (record.id() != null) {
      return record.id();
    }
    Object id = record.get("Id");
    return id == null ? null : id.toString();
  }

  private static Encoded refused(String statusCode, String message, List<String> fieldNames) {
    return new Encoded(null, new RecordError(statusCode, message, fieldNames, false));
  }
}
