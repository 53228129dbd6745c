package dev.bellwether.connector.salesforce.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts test records straight into devorg's store, so a test's setup costs no API requests. */
final class OrgSeed {
  private final Org org;

  OrgSeed(TestDevOrg devorg) {
    this.org = devorg.org();
  }

  /** Creates the records and returns their ids, in order. */
  List<String> create(String type, List<Map<String, Object>> records) {
    List<WriteOp> ops = new ArrayList<>();
    records.forEach(r -> ops.add(new WriteOp.Create(type, r)));
    return ids(org.store().apply(ops, true, org.writeAs(org.adminUserId())));
  }

  String create(String type, Map<String, Object> record) {
    return create(type, List.of(record)).get(0);
  }

  void delete(List<String> ids) {
    List<WriteOp> ops = new ArrayList<>();
    ids.forEach(id -> ops.add(new WriteOp.Delete(id)));
    ids(org.store().apply(ops, true, org.writeAs(org.adminUserId())));
  }

  /** A stored field value, read without the API. */
  Object value(String id, String field) {
    return org.store().find(id).orElseThrow().get(field);
  }

  private static List<String> ids(List<WriteResult> results) {
    List<String> ids = new ArrayList<>();
    for (WriteResult r : results) {
      assertTrue(r.success(), "seed write failed: " + r.errors());
      ids.add(r.id());
    }
    return ids;
  }
}
