package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs an sObject collection as one store batch, in order. Records that fail before reaching
 * the store (no type, an Id on insert, an unknown parent) keep their place in the results;
 * with allOrNone any failure leaves every record unsaved and the others report
 * ALL_OR_NONE_OPERATION_ROLLED_BACK.
 */
final class CollectionWrites {
  static final SaveError ROLLED_BACK = SaveError.of("ALL_OR_NONE_OPERATION_ROLLED_BACK",
      "Record rolled back because not all records were valid and the request was using AllOrNone header");
  private final Org org;
  private final ForeignKeys foreignKeys;

  CollectionWrites(Org org) {
    this.org = org;
    this.foreignKeys = new ForeignKeys(org.store());
  }

  /** A planned write: the store operation, or the error that stops it. */
  record Planned(WriteOp op, SaveError error) {
    static Planned of(WriteOp op) {
      return new Planned(op, null);
    }

    static Planned failed(SaveError error) {
      return new Planned(null, error);
    }
  }

  List<WriteResult> create(CollectionRequest req, String userId) {
    return run(req.records(), req.allOrNone(), userId, rec -> {
      RecordBody body = RecordBody.of(rec);
      Optional<ObjectDef> type = typeOf(body);
      if (type.isEmpty()) {
        return Planned.failed(typeError(body));
      }
      if (body.value("Id") != null) {
        return Planned.failed(SaveError.of("INVALID_FIELD", "cannot specify Id in an insert call", "Id"));
      }
      return resolved(type.get(), body).orElseGet(() -> Planned.of(new WriteOp.Create(type.get().name(), body.fields())));
    });
  }

  List<WriteResult> update(CollectionRequest req, String userId) {
    return run(req.records(), req.allOrNone(), userId, rec -> {
      RecordBody body = RecordBody.of(rec);
      Optional<ObjectDef> type = typeOf(body);
      if (type.isEmpty()) {
        return Planned.failed(typeError(body));
      }
      Object id = body.value("Id");
      if (id == null) {
        return Planned.failed(SaveError.of("MISSING_ARGUMENT", "Id not specified in an update call"));
      }
      return resolved(type.get(), body).orElseGet(() -> Planned.of(
          new WriteOp.Update(type.get().name(), id.toString(), body.fields(), body.nulls())));
    });
  }

  List<WriteResult> upsert(ObjectDef type, String keyField, CollectionRequest req, String userId) {
    return run(req.records(), req.allOrNone(), userId, rec -> {
      RecordBody body = RecordBody.of(rec);
      if (body.attributesType() != null && !body.attributesType().equalsIgnoreCase(type.name())) {
        return Planned.failed(SaveError.of("INVALID_TYPE", "Record type " + body.attributesType()
            + " does not match the type of the request, " + type.name()));
      }
      return resolved(type, body).orElseGet(() -> Planned.of(
          new WriteOp.Upsert(type.name(), keyField, body.fields(), body.nulls(), false)));
    });
  }

  List<WriteResult> delete(List<String> ids, boolean allOrNone, String userId) {
    List<Planned> plan = new ArrayList<>();
    for (String id : ids) {
      plan.add(Planned.of(new WriteOp.Delete(id)));
    }
    return execute(plan, allOrNone, userId);
  }

  private List<WriteResult> run(List<ObjectNode> records, boolean allOrNone, String userId,
      Function<ObjectNode, Planned> planner) {
    List<Planned> plan = new ArrayList<>(records.size());
    for (ObjectNode rec : records) {
      plan.add(planner.apply(rec));
    }
    return execute(plan, allOrNone, userId);
  }

  private List<WriteResult> execute(List<Planned> plan, boolean allOrNone, String userId) {
    boolean anyPlanFailed = plan.stream().anyMatch(p -> p.error() != null);
    WriteResult[] out = new WriteResult[plan.size()];
    if (allOrNone && anyPlanFailed) {
      for (int i = 0; i < plan.size(); i++) {
        out[i] = WriteResult.failed(null, plan.get(i).error() != null ? plan.get(i).error() : ROLLED_BACK);
      }
      return Arrays.asList(out);
    }
    List<WriteOp> ops = new ArrayList<>();
    for (Planned p : plan) {
      if (p.op() != null) {
        ops.add(p.op());
      }
    }
    List<WriteResult> stored = ops.isEmpty() ? List.of()
        : org.store().apply(ops, allOrNone, org.writeAs(userId));
    int next = 0;
    for (int i = 0; i < plan.size(); i++) {
      Planned p = plan.get(i);
      out[i] = p.error() != null ? WriteResult.failed(null, p.error()) : stored.get(next++);
    }
    return Arrays.asList(out);
  }

  private Optional<Planned> resolved(ObjectDef type, RecordBody body) {
    return foreignKeys.resolve(type, body).map(Planned::failed);
  }

  private Optional<ObjectDef> typeOf(RecordBody body) {
    return org.schema().object(body.attributesType());
  }

  private static SaveError typeError(RecordBody body) {
    if (body.attributesType() == null) {
      return SaveError.of("INVALID_TYPE", "Must specify a type in the attributes for every record");
    }
    return SaveError.of("INVALID_TYPE", "sObject type '" + body.attributesType() + "' is not supported.");
  }
}
