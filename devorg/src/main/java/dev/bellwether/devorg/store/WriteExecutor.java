package dev.bellwether.devorg.store;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates and performs single writes for {@link OrgStore#apply}, under its write lock. */
final class WriteExecutor {
  private static final Set<String> SEEDABLE = Set.of("createddate", "lastmodifieddate");
  private final OrgStore store;
  private final WriteContext ctx;
  private final RecordFaults faults;
  private final UndoLog undo;
  private final ValueCoercer coercer = new ValueCoercer();

  WriteExecutor(OrgStore store, WriteContext ctx, RecordFaults faults, UndoLog undo) {
    this.store = store;
    this.ctx = ctx;
    this.faults = faults;
    this.undo = undo;
  }

  WriteResult execute(WriteOp op) {
    Optional<SaveError> injected = faults.injectFor(op);
    if (injected.isPresent()) {
      return WriteResult.failed(null, injected.get());
    }
    if (op instanceof WriteOp.Create c) {
      return create(c.type(), c.fields());
    }
    if (op instanceof WriteOp.Update u) {
      return update(u.type(), u.id(), u.fields(), u.fieldsToNull());
    }
    if (op instanceof WriteOp.Upsert u) {
      return upsert(u);
    }
    if (op instanceof WriteOp.Delete d) {
      return delete(d.id());
    }
    return undelete(((WriteOp.Undelete) op).id());
  }

  private WriteResult create(String typeName, Map<String, Object> fields) {
    Optional<ObjectDef> type = store.schema().object(typeName);
    if (type.isEmpty()) {
      return WriteResult.failed(null, SaveError.of("INVALID_TYPE", "sObject type '" + typeName + "' is not supported."));
    }
    ObjectDef t = type.get();
    Object[] values = new Object[t.fields().size()];
    List<SaveError> errors = new ArrayList<>();
    for (FieldDef f : t.fields()) {
      if (f.defaultValue() != null) {
        values[t.indexOf(f.name())] = f.defaultValue();
      }
    }
    setFields(t, values, fields, true, errors);
    set(t, values, "OwnerId", get(t, values, "OwnerId") == null ? ctx.userId() : get(t, values, "OwnerId"));
    for (FieldDef f : t.fields()) {
      if (f.required() && values[t.indexOf(f.name())] == null && !namedByIdWhenBlank(t, f)
          && errors.stream().noneMatch(e -> e.fields().contains(f.name()))) {
        errors.add(SaveError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + f.name() + "]", f.name()));
      }
    }
    if (!errors.isEmpty()) {
      return WriteResult.failed(null, errors);
    }
    String id = store.ids().next(t.keyPrefix());
    int name = t.indexOf("Name");
    if (name >= 0 && values[name] == null && namedByIdWhenBlank(t, t.fields().get(name))) {
      values[name] = id;
    }
    stamp(t, id, values, true);
    Optional<SaveError> conflict = checkReferencesAndUniqueness(t, id, values);
    if (conflict.isPresent()) {
      return WriteResult.failed(null, conflict.get());
    }
    StoredRecord r = new StoredRecord(t, id, new StoredRecord.State(values, false, null));
    store.insertRecord(r);
    undo.created(r);
    return WriteResult.ok(id, true);
  }

  private WriteResult update(String typeName, String rawId, Map<String, Object> fields, Set<String> toNull) {
    String id = Ids.normalize(rawId);
    if (id == null) {
      return WriteResult.failed(null, SaveError.of("MALFORMED_ID", "Record ID: id value of incorrect type: " + rawId, "Id"));
    }
    StoredRecord r = store.byIdLocked(id);
    if (r == null || (typeName != null && !r.type().name().equalsIgnoreCase(typeName))) {
      return WriteResult.failed(null, SaveError.of(r == null ? "INVALID_CROSS_REFERENCE_KEY" : "INVALID_ID_FIELD",
          r == null ? "invalid cross reference id" : "Record ID " + rawId + " is not a " + typeName));
    }
    if (r.deleted()) {
      return WriteResult.failed(null, SaveError.of("ENTITY_IS_DELETED", "entity is deleted"));
    }
    ObjectDef t = r.type();
    Object[] values = Arrays.copyOf(r.snapshot().values(), t.fields().size());
    List<SaveError> errors = new ArrayList<>();
    setFields(t, values, fields, false, errors);
    for (String name : toNull == null ? Set.<String>of() : toNull) {
      Optional<FieldDef> f = t.field(name);
      if (f.isEmpty()) {
        errors.add(noSuchColumn(t, name));
      } else if (!f.get().writableOnUpdate() || !f.get().nillable()) {
        errors.add(SaveError.of(f.get().required() ? "REQUIRED_FIELD_MISSING" : "INVALID_FIELD_FOR_INSERT_UPDATE",
            f.get().required() ? "Required fields are missing: [" + f.get().name() + "]"
                : "Unable to create/update fields: " + f.get().name() + ".", f.get().name()));
      } else {
        values[t.indexOf(name)] = null;
      }
    }
    if (!errors.isEmpty()) {
      return WriteResult.failed(id, errors);
    }
    stamp(t, id, values, false);
    Optional<SaveError> conflict = checkReferencesAndUniqueness(t, id, values);
    if (conflict.isPresent()) {
      return WriteResult.failed(id, conflict.get());
    }
    undo.changing(r);
    store.replaceState(r, new StoredRecord.State(values, false, null));
    return WriteResult.ok(id, false);
  }

  private WriteResult upsert(WriteOp.Upsert u) {
    Optional<ObjectDef> type = store.schema().object(u.type());
    if (type.isEmpty()) {
      return WriteResult.failed(null, SaveError.of("INVALID_TYPE", "sObject type '" + u.type() + "' is not supported."));
    }
    ObjectDef t = type.get();
    Optional<FieldDef> key = t.field(u.externalIdField());
    if (key.isEmpty() || !(key.get().externalId() || key.get().name().equals("Id"))) {
      return WriteResult.failed(null, SaveError.of("INVALID_FIELD",
          "Field " + u.externalIdField() + " is not an external id field or indexed field on " + t.name(), u.externalIdField()));
    }
    Object keyValue = u.fields().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key.get().name())).map(Map.Entry::getValue).findFirst().orElse(null);
    if (keyValue == null || keyValue.toString().isEmpty()) {
      if (key.get().name().equals("Id")) {
        return create(t.name(), u.fields());
      }
      return WriteResult.failed(null, SaveError.of("MISSING_ARGUMENT",
          key.get().name() + " not specified", key.get().name()));
    }
    Set<String> matches = key.get().name().equals("Id")
        ? Optional.ofNullable(Ids.normalize(keyValue.toString())).map(store::byIdLocked)
            .filter(r -> !r.deleted()).map(r -> Set.of(r.id())).orElse(Set.of())
        : store.idsWith(t, key.get(), keyValue);
    if (matches.size() > 1) {
      return WriteResult.failed(null, SaveError.of("DUPLICATE_EXTERNAL_ID",
          key.get().label() + ": more than one record found for external id field: " + matches, key.get().name()));
    }
    if (matches.isEmpty()) {
      if (u.updateOnly()) {
        return WriteResult.failed(null, SaveError.of("NOT_FOUND", "Provided external ID field does not exist or is not accessible: " + keyValue));
      }
      return create(t.name(), u.fields());
    }
    Map<String, Object> rest = new java.util.LinkedHashMap<>(u.fields());
    if (key.get().name().equals("Id")) {
      rest.keySet().removeIf(k -> k.equalsIgnoreCase("Id"));
    }
    return update(t.name(), matches.iterator().next(), rest, u.fieldsToNull());
  }

  private WriteResult delete(String rawId) {
    String id = Ids.normalize(rawId);
    StoredRecord r = id == null ? null : store.byIdLocked(id);
    if (r == null) {
      return WriteResult.failed(null, SaveError.of(id == null ? "MALFORMED_ID" : "INVALID_CROSS_REFERENCE_KEY",
          id == null ? "malformed id " + rawId : "invalid cross reference id"));
    }
    if (r.deleted()) {
      return WriteResult.failed(id, SaveError.of("ENTITY_IS_DELETED", "entity is deleted"));
    }
    undo.changing(r);
    Object[] values = Arrays.copyOf(r.snapshot().values(), r.type().fields().size());
    set(r.type(), values, "IsDeleted", true);
    set(r.type(), values, "SystemModstamp", ctx.now());
    store.replaceState(r, new StoredRecord.State(values, true, ctx.now()));
    return WriteResult.ok(id, false);
  }

  private WriteResult undelete(String rawId) {
    String id = Ids.normalize(rawId);
    StoredRecord r = id == null ? null : store.byIdLocked(id);
    if (r == null) {
      return WriteResult.failed(null, SaveError.of(id == null ? "MALFORMED_ID" : "INVALID_CROSS_REFERENCE_KEY",
          id == null ? "malformed id " + rawId : "invalid cross reference id"));
    }
    if (!r.deleted()) {
      return WriteResult.failed(id, SaveError.of("UNDELETE_FAILED", "Entity is not in the recycle bin"));
    }
    Object[] values = Arrays.copyOf(r.snapshot().values(), r.type().fields().size());
    set(r.type(), values, "IsDeleted", false);
    set(r.type(), values, "SystemModstamp", ctx.now());
    Optional<SaveError> conflict = checkReferencesAndUniqueness(r.type(), id, values);
    if (conflict.isPresent()) {
      return WriteResult.failed(id, conflict.get());
    }
    undo.changing(r);
    store.replaceState(r, new StoredRecord.State(values, false, null));
    return WriteResult.ok(id, false);
  }

  private void setFields(ObjectDef t, Object[] values, Map<String, Object> fields, boolean creating, List<SaveError> errors) {
    List<String> notWritable = new ArrayList<>();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      Optional<FieldDef> f = t.field(e.getKey());
      if (f.isEmpty()) {
        errors.add(noSuchColumn(t, e.getKey()));
        continue;
      }
      FieldDef field = f.get();
      if (field.name().equals("Id")) {
        continue;
      }
      boolean seeded = ctx.seeding() && SEEDABLE.contains(field.name().toLowerCase(java.util.Locale.ROOT));
      if (!seeded && !(creating ? field.writableOnCreate() : field.writableOnUpdate())) {
        notWritable.add(field.name());
        continue;
      }
      try {
        values[t.indexOf(field.name())] = coercer.coerce(field, e.getValue());
      } catch (ValueCoercer.InvalidValue invalid) {
        errors.add(invalid.error());
      }
    }
    if (!notWritable.isEmpty()) {
      errors.add(new SaveError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: "
          + String.join(", ", notWritable) + ". Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
          notWritable));
    }
  }

  private Optional<SaveError> checkReferencesAndUniqueness(ObjectDef t, String id, Object[] values) {
    List<FieldDef> fields = t.fields();
    for (int i = 0; i < fields.size(); i++) {
      FieldDef f = fields.get(i);
      Object v = values[i];
      if (v == null) {
        continue;
      }
      if (f.type() == dev.bellwether.devorg.schema.FieldType.REFERENCE && !f.derived()) {
        StoredRecord target = store.byIdLocked((String) v);
        boolean rightType = target != null && f.referenceTo().stream().anyMatch(n -> n.equalsIgnoreCase(target.type().name()));
        if (target != null && !rightType) {
          return Optional.of(SaveError.of("FIELD_INTEGRITY_EXCEPTION", f.label() + ": id value of incorrect type: " + v, f.name()));
        }
        if (target == null || target.deleted()) {
          return Optional.of(SaveError.of("INVALID_CROSS_REFERENCE_KEY", f.label() + ": invalid cross reference id", f.name()));
        }
      }
      if (f.unique()) {
        for (String other : store.idsWith(t, f, v)) {
          if (!other.equals(id)) {
            return Optional.of(SaveError.of("DUPLICATE_VALUE", "duplicate value found: " + f.name()
                + " duplicates value on record with id: " + other, f.name()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private void stamp(ObjectDef t, String id, Object[] values, boolean creating) {
    set(t, values, "Id", id);
    set(t, values, "IsDeleted", false);
    boolean seededDates = ctx.seeding() && get(t, values, "CreatedDate") != null;
    if (creating) {
      if (!seededDates) {
        set(t, values, "CreatedDate", ctx.now());
      }
      set(t, values, "CreatedById", ctx.userId());
    }
    if (!(seededDates && get(t, values, "LastModifiedDate") != null)) {
      set(t, values, "LastModifiedDate", seededDates && creating ? get(t, values, "CreatedDate") : ctx.now());
    }
    set(t, values, "LastModifiedById", ctx.userId());
    set(t, values, "SystemModstamp", get(t, values, "LastModifiedDate"));
    DerivedFields.apply(t, id, values, ctx.now());
  }

  /** Salesforce names a custom-object record by its Id when a text Name is not given. */
  private static boolean namedByIdWhenBlank(ObjectDef t, FieldDef f) {
    return t.custom() && f.name().equals("Name") && f.type() == dev.bellwether.devorg.schema.FieldType.STRING && !f.derived();
  }

  private static SaveError noSuchColumn(ObjectDef t, String name) {
    return SaveError.of("INVALID_FIELD", "No such column '" + name + "' on sobject of type " + t.name(), name);
  }

  private static Object get(ObjectDef t, Object[] values, String field) {
    int i = t.indexOf(field);
    return i < 0 ? null : values[i];
  }

  private static void set(ObjectDef t, Object[] values, String field, Object value) {
    int i = t.indexOf(field);
    if (i >= 0) {
      values[i] = value;
    }
  }
}
