package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.FieldType;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.Namespace;
import dev.bellwether.connector.salesforce.values.WireValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns rows of a Bulk query's results CSV into records: column names without the namespace,
 * values typed by the schema's field types (a column the schema lacks, such as a relationship
 * path "Owner.Name", stays text), an empty cell as null, and the Id column as the record's id.
 */
final class QueryRowMapper {
  private final String object;
  private final String[] names;
  private final FieldType[] types;
  private final int idColumn;

  QueryRowMapper(String[] header, ObjectSchema schema, Namespace namespace) {
    this.object = schema.name();
    this.names = new String[header.length];
    this.types = new FieldType[header.length];
    int id = -1;
    for (int i = 0; i < header.length; i++) {
      String name = namespace.unqualify(header[i]);
      names[i] = name;
      types[i] = name.indexOf('.') >= 0 ? FieldType.STRING
          : schema.field(name).map(FieldSchema::type).orElse(FieldType.STRING);
      if (id < 0 && name.equalsIgnoreCase("Id")) {
        id = i;
      }
    }
    this.idColumn = id;
  }

  /** The names records carry, in column order. */
  String[] names() {
    return names.clone();
  }

  CrmRecord toRecord(String[] cells, String jobId) throws CrmException {
    if (cells.length != names.length) {
      throw new CrmException(Kind.PROTOCOL, null, object, "Bulk query job " + jobId + " returned a row of "
          + cells.length + " values under a header of " + names.length);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      fields.put(names[i], value(i, cells[i], jobId));
    }
    String id = idColumn < 0 || cells[idColumn].isEmpty() ? null : cells[idColumn];
    return new CrmRecord(object, id, fields);
  }

  private Object value(int column, String text, String jobId) throws CrmException {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return WireValues.fromText(types[column], text);
    } catch (IllegalArgumentException e) {
      throw new CrmException(Kind.PROTOCOL, null, object, "Bulk query job " + jobId + ": column "
          + names[column] + " holds a value that is not " + types[column] + ": " + e.getMessage(), e);
    }
  }
}
