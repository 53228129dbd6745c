package dev.bellwether.connector.salesforce.soap;

import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteOperation;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.RecordWriter;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small writes through the partner API: create, update, upsert or delete, 200 records a call
 * (the API's limit), AllOrNoneHeader false so each record succeeds or fails alone. Results come
 * back in input order with the input position as index.
 *
 * <p>When a call after the first fails as a whole (retries spent), the records already written
 * keep their results and the rest fail as never processed, retryable: throwing would hide which
 * records were written. When the first call fails nothing was written, and the failure is thrown.
 */
public final class SoapWriter implements RecordWriter {
  static final int MAX_PER_CALL = 200;
  static final String NOT_PROCESSED = "NOT_PROCESSED";
  private static final String ROW_LOCK = "UNABLE_TO_LOCK_ROW";
  private final PartnerConnections soap;
  private final Namespace namespace;

  public SoapWriter(PartnerConnections soap, Namespace namespace) {
    this.soap = soap;
    this.namespace = namespace;
  }

  @Override
  public List<WriteResult> write(WriteBatch batch, ObjectSchema schema) throws CrmException {
    List<CrmRecord> records = batch.records();
    WriteResult[] results = new WriteResult[records.size()];
    SObjectEncoder encoder = new SObjectEncoder(batch.object(), schema, namespace);
    for (int from = 0; from < records.size(); from += MAX_PER_CALL) {
      int to = Math.min(records.size(), from + MAX_PER_CALL);
      try {
        writeChunk(batch, encoder, from, to, results);
      } catch (CrmException e) {
        if (from == 0 || e.kind() == CrmException.Kind.INTERRUPTED) {
          throw e;
        }
        failRest(results, from, e);
        break;
      }
    }
    return List.of(results);
  }

  @Override
  public String path() {
    return "soap";
  }

  /** Encodes records [from, to), sends those that encode in one call, and fills their results. */
  private void writeChunk(WriteBatch batch, SObjectEncoder encoder, int from, int to, WriteResult[] results)
      throws CrmException {
    List<Integer> sent = new ArrayList<>();
    List<SObject> sobjects = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      CrmRecord record = batch.records().get(i);
      if (batch.operation() == WriteOperation.DELETE) {
        String id = SObjectEncoder.idOf(record);
        if (id == null) {
          results[i] = WriteResult.failed(i, null,
              List.of(new RecordError("MISSING_ARGUMENT", "a delete needs the record's Id", List.of("Id"), false)));
          continue;
        }
        ids.add(id);
      } else {
        SObjectEncoder.Encoded encoded = encoder.encode(record, batch.operation(), batch.externalIdField());
        if (encoded.refusal() != null) {
          results[i] = WriteResult.failed(i, SObjectEncoder.idOf(record), List.of(encoded.refusal()));
          continue;
        }
        sobjects.add(encoded.sobject());
      }
      sent.add(i);
    }
    if (sent.isEmpty()) {
      return;
    }
    List<Outcome> outcomes = soap.soapCall(what(batch), batch.object(), pc -> {
      pc.setAllOrNoneHeader(false);
      return send(pc, batch, sobjects, ids);
    });
    if (outcomes.size() != sent.size()) {
      throw new CrmException(CrmException.Kind.PROTOCOL, null, batch.object(), what(batch) + " answered "
          + outcomes.size() + " results for " + sent.size() + " records");
    }
    for (int k = 0; k < sent.size(); k++) {
      int index = sent.get(k);
      results[index] = outcomes.get(k).toResult(index, SObjectEncoder.idOf(batch.records().get(index)),
          batch.operation(), namespace);
    }
  }

  private List<Outcome> send(PartnerConnection pc, WriteBatch batch, List<SObject> sobjects, List<String> ids)
      throws ConnectionException {
    SObject[] array = sobjects.toArray(new SObject[0]);
    List<Outcome> outcomes = new ArrayList<>();
    switch (batch.operation()) {
      case INSERT -> Arrays.stream(pc.create(array)).forEach(r -> outcomes.add(Outcome.of(r)));
      case UPDATE -> Arrays.stream(pc.update(array)).forEach(r -> outcomes.add(Outcome.of(r)));
      case UPSERT -> Arrays.stream(pc.upsert(namespace.qualify(batch.externalIdField()), array))
          .forEach(r -> outcomes.add(Outcome.of(r)));
      case DELETE -> Arrays.stream(pc.delete(ids.toArray(new String[0]))).forEach(r -> outcomes.add(Outcome.of(r)));
      default -> throw new IllegalStateException("unknown operation " + batch.operation());
    }
    return outcomes;
  }

  private static void failRest(WriteResult[] results, int from, CrmException cause) {
    String code = cause.code() != null ? cause.code() : NOT_PROCESSED;
    RecordError error = new RecordError(code, "not written, the call failed: " + cause.getMessage(), List.of(), true);
    for (int i = from; i < results.length; i++) {
      if (results[i] == null) {
        results[i] = WriteResult.failed(i, null, List.of(error));
      }
    }
  }

  private static String what(WriteBatch batch) {
    String verb = switch (batch.operation()) {
      case INSERT -> "create";
      case UPDATE -> "update";
      case UPSERT -> "upsert";
      case DELETE -> "delete";
    };
    return verb + " " + batch.object();
  }

  /**
   * One record's answer, whichever of SaveResult, UpsertResult or DeleteResult it came as;
   * {@code created} is only reported by upsert (an insert that succeeded always created).
   */
  private record Outcome(String id, boolean success, boolean created, Error[] errors) {
    static Outcome of(SaveResult r) {
      return new Outcome(r.getId(), r.isSuccess(), false, r.getErrors());
    }

    static Outcome of(UpsertResult r) {
      return new Outcome(r.getId(), r.isSuccess(), r.isCreated(), r.getErrors());
    }

    static Outcome of(DeleteResult r) {
      return new Outcome(r.getId(), r.isSuccess(), false, r.getErrors());
    }

    WriteResult toResult(int index, String inputId, WriteOperation operation, Namespace namespace) {
      String knownId = id != null ? id : inputId;
      if (success) {
        boolean isNew = operation == WriteOperation.INSERT || (operation == WriteOperation.UPSERT && created);
        return WriteResult.ok(index, knownId, isNew);
      }
      List<RecordError> list = new ArrayList<>();
      for (Error e : errors == null ? new Error[0] : errors) {
        String code = e.getStatusCode() == null ? "UNKNOWN" : WscEnums.text(e.getStatusCode());
        List<String> fields = e.getFields() == null ? List.of()
            : Arrays.stream(e.getFields()).map(namespace::unqualify).toList();
        list.add(new RecordError(code, e.getMessage(), fields, ROW_LOCK.equals(code)));
      }
      if (list.isEmpty()) {
        list.add(new RecordError("UNKNOWN", "Salesforce reported a failure without an error", List.of(), false));
      }
      return WriteResult.failed(index, knownId, list);
    }
  }
}
