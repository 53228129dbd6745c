package dev.bellwether.connector;

import java.util.List;

/**
 * Records to write with one operation. Any size: the adapter splits it into calls and picks the
 * cheapest path.
 *
 * @param object the object's API name, without any namespace prefix
 * @param operation what to do
 * @param externalIdField the field matching records for an upsert, else null
 * @param records the records; for update and delete each needs an id
 */
public record WriteBatch(String object, WriteOperation operation, String externalIdField,
    List<CrmRecord> records) {

  public WriteBatch {
    if (object == null || object.isBlank()) {
      throw new IllegalArgumentException("a write needs an object");
    }
    if (operation == WriteOperation.UPSERT && (externalIdField == null || externalIdField.isBlank())) {
      throw new IllegalArgumentException("an upsert of " + object + " needs an external id field");
    }
    records = List.copyOf(records);
  }

  public static WriteBatch upsert(String object, String externalIdField, List<CrmRecord> records) {
    return new WriteBatch(object, WriteOperation.UPSERT, externalIdField, records);
  }

  public static WriteBatch insert(String object, List<CrmRecord> records) {
    return new WriteBatch(object, WriteOperation.INSERT, null, records);
  }

  public static WriteBatch update(String object, List<CrmRecord> records) {
    return new WriteBatch(object, WriteOperation.UPDATE, null, records);
  }

  public static WriteBatch delete(String object, List<CrmRecord> records) {
    return new WriteBatch(object, WriteOperation.DELETE, null, records);
  }
}
