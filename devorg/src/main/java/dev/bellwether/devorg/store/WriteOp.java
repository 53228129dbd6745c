package dev.bellwether.devorg.store;

import java.util.Map;
import java.util.Set;

/**
 * One record write as any API surface expresses it. Field values may be Java values or text
 * (SOAP and CSV send text); the store coerces them to the field's type.
 */
public sealed interface WriteOp {
  /** Insert a new record of a type. */
  record Create(String type, Map<String, Object> fields) implements WriteOp {}

  /** Change fields of an existing record; fieldsToNull are cleared. */
  record Update(String type, String id, Map<String, Object> fields, Set<String> fieldsToNull)
      implements WriteOp {}

  /** Insert or update by an external id (or Id) field whose value is in fields. */
  record Upsert(String type, String externalIdField, Map<String, Object> fields,
      Set<String> fieldsToNull, boolean updateOnly) implements WriteOp {}

  /** Move a record to the recycle bin. */
  record Delete(String id) implements WriteOp {}

  /** Restore a record from the recycle bin. */
  record Undelete(String id) implements WriteOp {}
}
