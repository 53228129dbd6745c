package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.WriteOp;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns CSV rows into store writes with Bulk API 2.0's cell rules: an empty cell leaves the
 * field alone, {@code #N/A} clears it (update and upsert), and a relationship column is
 * resolved to the parent's id before the write.
 */
final class RowConverter {
  /** The cell text that sets a field to null. */
  static final String NULL_MARKER = "#N/A";

  private final IngestJobSpec spec;
  private final IngestHeader header;
  private final ObjectDef object;
  private final OrgStore store;

  RowConverter(IngestJobSpec spec, IngestHeader header, ObjectDef object, OrgStore store) {
    this.spec = spec;
    this.header = header;
    this.object = object;
    this.store = store;
  }

  RowPlan plan(CsvRowReader.Row row) {
    String[] cells = row.cells();
    int idAt = header.idColumn();
    String rowId = idAt >= 0 && idAt < cells.length ? cells[idAt] : "";
    if (cells.length != header.size()) {
      return RowPlan.reject(row, SaveError.of("INVALID_ROW", "Line " + row.line() + ": expected "
          + header.size() + " values (one per header column), found " + cells.length), rowId);
    }
    if (spec.operation().deletes()) {
      return delete(row, rowId);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> toNull = new LinkedHashSet<>();
    for (IngestHeader.Column c : header.columns()) {
      String value = cells[c.index()];
      if (value.isEmpty() || c.isId()) {
        continue;
      }
      if (value.equals(NULL_MARKER)) {
        toNull.add(c.field().name());
      } else if (c.isRelationship()) {
        Optional<SaveError> missing = resolveParent(c, value, fields);
        if (missing.isPresent()) {
          return RowPlan.reject(row, missing.get(), rowId);
        }
      } else {
        fields.put(c.field().name(), value);
      }
    }
    switch (spec.operation()) {
      case INSERT:
        if (!rowId.isEmpty()) {
          return RowPlan.reject(row, SaveError.of("INVALID_FIELD_FOR_INSERT_UPDATE",
              "cannot specify Id in an insert call", "Id"), rowId);
        }
        // On insert "#N/A" means what an empty cell means: no value.
        return RowPlan.write(row, new WriteOp.Create(object.name(), fields), rowId);
      case UPDATE:
        if (rowId.isEmpty()) {
          return RowPlan.reject(row, SaveError.of("MISSING_ARGUMENT", "Id not specified in an update call"), rowId);
        }
        return RowPlan.write(row, new WriteOp.Update(object.name(), rowId, fields, toNull), rowId);
      default:
        if (spec.externalIdFieldName().equals("Id") && !rowId.isEmpty()) {
          fields.put("Id", rowId);
        }
        return RowPlan.write(row, new WriteOp.Upsert(object.name(), spec.externalIdFieldName(), fields,
            toNull, false), rowId);
    }
  }

  private RowPlan delete(CsvRowReader.Row row, String rowId) {
    if (rowId.isEmpty()) {
      return RowPlan.reject(row, SaveError.of("MISSING_ARGUMENT", "Id not specified in a delete call"), rowId);
    }
    String id = Ids.normalize(rowId);
    // The store deletes any id; a delete job must only touch records of its own object.
    if (id != null && !id.startsWith(object.keyPrefix())) {
      return RowPlan.reject(row, SaveError.of("INVALID_ID_FIELD",
          "Record ID " + rowId + " is not a " + object.name(), "Id"), rowId);
    }
    return RowPlan.write(row, new WriteOp.Delete(rowId), rowId);
  }

  /** Puts the parent's id in the lookup field, or says why the parent cannot be found. */
  private Optional<SaveError> resolveParent(IngestHeader.Column c, String value, Map<String, Object> fields) {
    Set<String> ids;
    if (c.parentKey().name().equals("Id")) {
      String id = Ids.normalize(value);
      ids = id == null ? Set.of() : store.find(id).filter(r -> !r.deleted() && r.type() == c.parent())
          .map(StoredRecord::id).map(Set::of).orElse(Set.of());
    } else {
      ids = store.lookup(c.parent(), c.parentKey(), value);
    }
    if (ids.size() == 1) {
      fields.put(c.field().name(), ids.iterator().next());
      return Optional.empty();
    }
    String detail = ids.isEmpty() ? " not found for field " : " matches more than one record for field ";
    return Optional.of(SaveError.of("INVALID_FIELD", "Foreign key external ID: " + value + detail
        + c.parentKey().name() + " in entity " + c.parent().name()));
  }
}
