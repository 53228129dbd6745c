package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes test records straight into an org's store, as the admin. */
final class TestRecords {
  private final Org org;

  TestRecords(Org org) {
    this.org = org;
  }

  /** Creates a record from name/value pairs and returns its id. */
  String create(String type, Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    WriteResult r = org.store().apply(List.of(new WriteOp.Create(type, fields)), true,
        org.writeAs(org.adminUserId())).get(0);
    if (!r.success()) {
      throw new AssertionError("cannot create " + type + ": " + r.errors());
    }
    return r.id();
  }

  /** Moves a record to the recycle bin. */
  void delete(String id) {
    WriteResult r = org.store().apply(List.of(new WriteOp.Delete(id)), true, org.writeAs(org.adminUserId())).get(0);
    if (!r.success()) {
      throw new AssertionError("cannot delete " + id + ": " + r.errors());
    }
  }

  String token() {
    return org.sessions().open(org.id(), org.adminUserId(), "bellwether-cli").token();
  }
}
