package dev.bellwether.connector.salesforce.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmException.Kind;
import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an sObject collection answer, an array of {id, success, errors[, created]} in request
 * order, into write results carrying each record's position in the caller's batch.
 */
final class CollectionResults {
  /** The one per-record status a later try may clear; everything else needs the data fixed. */
  static final String ROW_LOCK = "UNABLE_TO_LOCK_ROW";
  private final Namespace namespace;
  private final String object;

  CollectionResults(Namespace namespace, String object) {
    this.namespace = namespace;
    this.object = object;
  }

  /**
   * @param answer the response body
   * @param sent what was sent, in request order: batch positions and known ids (null on insert)
   * @param createdByDefault what "created" means when the answer does not say (true for inserts)
   */
  List<WriteResult> read(JsonNode answer, List<Sent> sent, boolean createdByDefault) throws CrmException {
    if (answer == null || !answer.isArray() || answer.size() != sent.size()) {
      throw new CrmException(Kind.PROTOCOL, null, object, "collection write of " + object + " sent "
          + sent.size() + " records but the answer has " + (answer == null || !answer.isArray() ? "no" : answer.size())
          + " results");
    }
    List<WriteResult> out = new ArrayList<>(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      out.add(result(answer.get(i), sent.get(i), createdByDefault));
    }
    return out;
  }

  private WriteResult result(JsonNode r, Sent sent, boolean createdByDefault) {
    JsonNode idNode = r.get("id");
    String id = idNode == null || idNode.isNull() ? sent.id() : idNode.asText();
    if (r.path("success").asBoolean(false)) {
      JsonNode created = r.get("created");
      return WriteResult.ok(sent.index(), id, created == null ? createdByDefault : created.asBoolean());
    }
    List<RecordError> errors = new ArrayList<>();
    for (JsonNode e : r.path("errors")) {
      String code = e.path("statusCode").asText(e.path("errorCode").asText("UNKNOWN_EXCEPTION"));
      List<String> fields = new ArrayList<>();
      e.path("fields").forEach(f -> fields.add(namespace.unqualify(f.asText())));
      errors.add(new RecordError(code, e.path("message").asText(""), fields, ROW_LOCK.equals(code)));
    }
    if (errors.isEmpty()) {
      errors.add(new RecordError("UNKNOWN_EXCEPTION", "Salesforce reported a failure without saying why",
          List.of(), false));
    }
    return WriteResult.failed(sent.index(), id, errors);
  }

  /**
   * One record as sent.
   *
   * @param index its position in the caller's batch
   * @param id its id when known before the call (update, delete), else null
   */
  record Sent(int index, String id) {}
}
