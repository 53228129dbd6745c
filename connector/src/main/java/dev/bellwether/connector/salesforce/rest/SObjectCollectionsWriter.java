package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteOperation;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.RecordWriter;
import dev.bellwether.connector.salesforce.rest.CollectionResults.Sent;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes through REST sObject collections (/composite/sobjects): insert (POST), update (PATCH),
 * upsert by external id (PATCH .../{type}/{field}) and delete (DELETE ?ids=), at most 200
 * records per request and always with allOrNone false, so one bad record never holds back the
 * others. Results come back one per input record, in input order.
 */
public final class SObjectCollectionsWriter implements RecordWriter {
  /** Salesforce's limit on records in one collection request. */
  public static final int MAX_RECORDS = 200;
  private final RestTransport transport;
  private final Namespace namespace;

  public SObjectCollectionsWriter(RestTransport transport, Namespace namespace) {
    this.transport = transport;
    this.namespace = namespace;
  }

  @Override
  public List<WriteResult> write(WriteBatch batch, ObjectSchema schema) throws CrmException {
    List<CrmRecord> records = batch.records();
    WriteResult[] results = new WriteResult[records.size()];
    RecordBodies bodies = new RecordBodies(schema, namespace);
    CollectionResults reader = new CollectionResults(namespace, batch.object());
    boolean anySent = false;
    for (int from = 0; from < records.size(); from += MAX_RECORDS) {
      int to = Math.min(records.size(), from + MAX_RECORDS);
      Chunk chunk = prepare(batch, bodies, from, to, results);
      if (chunk.sent().isEmpty()) {
        continue;
      }
      try {
        JsonNode answer = send(batch, schema, chunk);
        for (WriteResult r : reader.read(answer, chunk.sent(), batch.operation() == WriteOperation.INSERT)) {
          results[r.index()] = r;
        }
        anySent = true;
      } catch (CrmException e) {
        if (!anySent) {
          throw e; // nothing was written: the batch as a whole could not be attempted
        }
        markUnwritten(results, records, from, e);
        break;
      }
    }
    return List.of(results); // every position has its result by now
  }

  @Override
  public String path() {
    return "rest-collections";
  }

  /** What one request carries: the records that passed local checks, and their positions. */
  private record Chunk(List<Sent> sent, List<Object> bodies) {}

  /** Builds a chunk; records that cannot be sent get their failed result here. */
  private Chunk prepare(WriteBatch batch, RecordBodies bodies, int from, int to, WriteResult[] results) {
    List<Sent> sent = new ArrayList<>();
    List<Object> payload = new ArrayList<>();
    WriteOperation op = batch.operation();
    for (int i = from; i < to; i++) {
      CrmRecord record = batch.records().get(i);
      String id = idOf(record);
      if ((op == WriteOperation.UPDATE || op == WriteOperation.DELETE) && id == null) {
        results[i] = WriteResult.failed(i, null, List.of(new RecordError("MISSING_ARGUMENT",
            "Id not specified in an " + op.name().toLowerCase(Locale.ROOT) + " call", List.of("Id"), false)));
        continue;
      }
      try {
        payload.add(op == WriteOperation.DELETE ? id : bodies.body(record, bodyId(batch, id)));
        sent.add(new Sent(i, op == WriteOperation.INSERT ? null : id));
      } catch (RecordBodies.BadValue e) {
        results[i] = WriteResult.failed(i, id, List.of(new RecordError("INVALID_TYPE_ON_FIELD_IN_RECORD",
            e.getMessage(), List.of(e.field()), false)));
      }
    }
    return new Chunk(sent, payload);
  }

  /** The Id to put in a record's body: updates need it, and so does an upsert matched on Id. */
  private static String bodyId(WriteBatch batch, String id) {
    boolean upsertById = batch.operation() == WriteOperation.UPSERT && "Id".equalsIgnoreCase(batch.externalIdField());
    return batch.operation() == WriteOperation.UPDATE || upsertById ? id : null;
  }

  private JsonNode send(WriteBatch batch, ObjectSchema schema, Chunk chunk) throws CrmException {
    String object = batch.object();
    String what = batch.operation().name().toLowerCase(Locale.ROOT) + " " + object
        + " (" + chunk.sent().size() + " records)";
    String collections = transport.dataPath("composite/sobjects");
    switch (batch.operation()) {
      case INSERT:
        return transport.sendJson(what, object, "POST", collections, body(chunk));
      case UPDATE:
        return transport.sendJson(what, object, "PATCH", collections, body(chunk));
      case UPSERT:
        String target = collections + "/" + RequestTargets.apiName(namespace.qualify(schema.name()))
            + "/" + RequestTargets.apiName(namespace.qualify(batch.externalIdField()));
        return transport.sendJson(what, object, "PATCH", target, body(chunk));
      case DELETE:
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ids", String.join(",", chunk.bodies().stream().map(Object::toString).toList()));
        params.put("allOrNone", "false");
        return transport.sendJson(what, object, "DELETE", RequestTargets.withQuery(collections, params), null);
      default:
        throw new CrmException(Kind.INVALID_REQUEST, null, object, "unknown operation " + batch.operation());
    }
  }

  private static Map<String, Object> body(Chunk chunk) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("allOrNone", false);
    body.put("records", chunk.bodies());
    return body;
  }

  /**
   * A request failed after earlier ones were written: the batch cannot be thrown away, so the
   * records of this and later chunks fail with the request's error. They may pass on a later
   * try when the failure was an outage; an outage that hit mid-request may still have written
   * them, which an upsert tolerates and an insert may not.
   */
  private static void markUnwritten(WriteResult[] results, List<CrmRecord> records, int from, CrmException e) {
    boolean retryable = e.kind() == Kind.UNAVAILABLE || e.kind() == Kind.INTERRUPTED;
    RecordError error = new RecordError(e.code() != null ? e.code() : e.kind().name(),
        "not written: " + e.getMessage(), List.of(), retryable);
    for (int i = from; i < results.length; i++) {
      if (results[i] == null) {
        results[i] = WriteResult.failed(i, idOf(records.get(i)), List.of(error));
      }
    }
  }

  private static String idOf(CrmRecord record) {
    if (record.id() != null) {
      return record.id();
    }
    Object id = record.get("Id");
    return id == null ? null : id.toString();
  }
}
