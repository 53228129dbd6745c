package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteContext;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of one save call, some already failed while reading (a bad parent reference,
 * a missing Id), the rest as store writes. Applies them in one store batch so that
 * AllOrNoneHeader keeps its meaning, and gives results back in request order.
 */
final class SaveBatch {
  /** Salesforce's limit on records per create, update, upsert, delete and undelete call. */
  static final int MAX_RECORDS = 200;
  private final List<Item> items = new ArrayList<>();

  /** One record of the call: a write for the store, or a result already known to be a failure. */
  private record Item(WriteOp op, WriteResult failure) {}

  /** The limit check every save call makes before touching a record. */
  static void checkSize(int n) {
    if (n > MAX_RECORDS) {
      throw SoapFault.unexpected("EXCEEDED_ID_LIMIT",
          "record limit reached. cannot submit more than " + MAX_RECORDS + " records into this call");
    }
  }

  void add(WriteOp op) {
    items.add(new Item(op, null));
  }

  void fail(SaveError error) {
    items.add(new Item(null, WriteResult.failed(null, error)));
  }

  /**
   * Runs the batch. With allOrNone and a record that failed while reading, nothing is
   * written and the other records report ALL_OR_NONE_OPERATION_ROLLED_BACK, as the store
   * reports it for its own failures.
   */
  List<WriteResult> apply(Org org, WriteContext ctx, boolean allOrNone) {
    List<WriteOp> ops = new ArrayList<>();
    boolean earlyFailure = false;
    for (Item item : items) {
      if (item.op() != null) {
        ops.add(item.op());
      } else {
        earlyFailure = true;
      }
    }
    List<WriteResult> stored = allOrNone && earlyFailure ? rolledBack(ops.size())
        : ops.isEmpty() ? List.of() : org.store().apply(ops, allOrNone, ctx);
    List<WriteResult> out = new ArrayList<>(items.size());
    int next = 0;
    for (Item item : items) {
      out.add(item.op() == null ? item.failure() : stored.get(next++));
    }
    return out;
  }

  private static List<WriteResult> rolledBack(int n) {
    List<WriteResult> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(WriteResult.failed(null, SaveError.of("ALL_OR_NONE_OPERATION_ROLLED_BACK",
          "Record rolled back because not all records were valid and the request was using AllOrNone header")));
    }
    return out;
  }

  /** The AllOrNoneHeader of a request: false unless sent as true. */
  static boolean allOrNone(SoapRequest request) {
    String v = request.headerValue("AllOrNoneHeader", "allOrNone");
    return v != null && (v.trim().equalsIgnoreCase("true") || v.trim().equals("1"));
  }
}
