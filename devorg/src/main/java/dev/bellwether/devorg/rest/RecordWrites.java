package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Single-record writes of the sObject resources: create (201 with a SaveResult), update and
 * delete (204), upsert by external id (201 created / 200 updated, 300 on several matches).
 * Per-record failures become Salesforce's error array with 400 (404 for NOT_FOUND and
 * ENTITY_IS_DELETED).
 */
final class RecordWrites {
  /** Upsert results carry "created" and an update answers 200 with a body from this version. */
  static final int UPSERT_CREATED_FLAG_VERSION = 46;
  private final Org org;
  private final ForeignKeys foreignKeys;

  RecordWrites(Org org) {
    this.org = org;
    this.foreignKeys = new ForeignKeys(org.store());
  }

  Response create(ObjectDef type, RecordBody body, String userId) {
    Optional<SaveError> refError = foreignKeys.resolve(type, body);
    if (refError.isPresent()) {
      return RestResponses.saveErrors(400, List.of(refError.get()));
    }
    if (body.value("Id") != null) {
      return RestResponses.saveErrors(400, List.of(SaveError.of("INVALID_FIELD",
          "cannot specify Id in an insert call", "Id")));
    }
    WriteResult r = apply(new WriteOp.Create(type.name(), body.fields()), userId);
    if (!r.success()) {
      return failure(r);
    }
    return RestResponses.json(201, saveResult(r.id(), null));
  }

  Response update(ObjectDef type, String rawId, RecordBody body, String userId) {
    StoredRecord target = RecordTarget.forWrite(org.store(), type, rawId);
    Optional<SaveError> refError = foreignKeys.resolve(type, body);
    if (refError.isPresent()) {
      return RestResponses.saveErrors(400, List.of(refError.get()));
    }
    WriteResult r = apply(new WriteOp.Update(type.name(), target.id(), body.fields(), body.nulls()), userId);
    return r.success() ? Response.noContent().build() : failure(r);
  }

  Response delete(ObjectDef type, String rawId, String userId) {
    StoredRecord target = RecordTarget.forWrite(org.store(), type, rawId);
    WriteResult r = apply(new WriteOp.Delete(target.id()), userId);
    return r.success() ? Response.noContent().build() : failure(r);
  }

  /** PATCH /sobjects/{type}/{field}/{value}. */
  Response upsert(ObjectDef type, String fieldName, String value, RecordBody body,
      boolean updateOnly, ApiVersion version, String userId) {
    FieldDef key = ExternalIds.keyField(type, fieldName);
    Object inBody = body.value(key.name());
    if (inBody != null && !inBody.toString().equals(value)) {
      return RestResponses.saveErrors(400, List.of(SaveError.of("INVALID_FIELD",
          "The external ID value in the request body (" + inBody + ") does not match the value in the URL ("
              + value + ")", key.name())));
    }
    List<StoredRecord> matches = ExternalIds.matches(org.store(), type, key, value);
    if (matches.size() > 1) {
      return ExternalIds.multipleChoices(matches, version);
    }
    if (key.name().equals("Id") && matches.isEmpty() && !value.isEmpty()) {
      throw RecordTarget.notFound();
    }
    Optional<SaveError> refError = foreignKeys.resolve(type, body);
    if (refError.isPresent()) {
      return RestResponses.saveErrors(400, List.of(refError.get()));
    }
    Map<String, Object> fields = new LinkedHashMap<>(body.fields());
    fields.keySet().removeIf(k -> k.equalsIgnoreCase(key.name()));
    fields.put(key.name(), value);
    Set<String> nulls = body.nulls();
    WriteResult r = apply(new WriteOp.Upsert(type.name(), key.name(), fields, nulls, updateOnly), userId);
    if (!r.success()) {
      return failure(r);
    }
    boolean flag = version.atLeast(UPSERT_CREATED_FLAG_VERSION);
    if (r.created()) {
      return RestResponses.json(201, saveResult(r.id(), flag ? Boolean.TRUE : null));
    }
    return flag ? RestResponses.json(200, saveResult(r.id(), Boolean.FALSE))
        : Response.noContent().build();
  }

  /** DELETE /sobjects/{type}/{field}/{value}. */
  Response deleteByExternalId(ObjectDef type, String fieldName, String value, ApiVersion version,
      String userId) {
    FieldDef key = ExternalIds.keyField(type, fieldName);
    List<StoredRecord> matches = ExternalIds.matches(org.store(), type, key, value);
    if (matches.size() > 1) {
      return ExternalIds.multipleChoices(matches, version);
    }
    if (matches.isEmpty()) {
      throw RecordTarget.notFound();
    }
    return delete(type, matches.get(0).id(), userId);
  }

  private WriteResult apply(WriteOp op, String userId) {
    return org.store().apply(List.of(op), true, org.writeAs(userId)).get(0);
  }

  private static Response failure(WriteResult r) {
    boolean notFound = r.errors().stream().anyMatch(e -> e.statusCode().equals("NOT_FOUND")
        || e.statusCode().equals("ENTITY_IS_DELETED"));
    return RestResponses.saveErrors(notFound ? 404 : 400, r.errors());
  }

  /** {"id", "success": true, "errors": [] [, "created"]} */
  static Map<String, Object> saveResult(String id, Boolean created) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("success", true);
    out.put("errors", new ArrayList<>());
    if (created != null) {
      out.put("created", created);
    }
    return out;
  }

  static ApiException unknownType() {
    return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
  }
}
