package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.schema.StandardObjects;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.WriteContext;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small org built through the real store, plus helpers to query it. */
final class SoqlFixture {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  final Schema schema = StandardObjects.newSchema();
  final OrgStore store = new OrgStore(schema);
  final String adminId;

  SoqlFixture() {
    adminId = insert(null, "User", fields("Username", "admin@bw.test", "FirstName", "Ada", "LastName", "Admin",
        "Email", "ada@bw.test"));
  }

  /** Creates a record as the admin (seeding, so CreatedDate may be given) and returns its id. */
  String create(String type, Object... keyValues) {
    return insert(adminId, type, fields(keyValues));
  }

  void delete(String id) {
    WriteResult r = store.apply(List.of(new WriteOp.Delete(id)), false, new WriteContext(adminId, NOW, false))
        .get(0);
    assertTrue(r.success(), () -> "delete failed: " + r.errors());
  }

  private String insert(String userId, String type, Map<String, Object> fields) {
    WriteResult r = store.apply(List.of(new WriteOp.Create(type, fields)), false,
        new WriteContext(userId, NOW, true)).get(0);
    assertTrue(r.success(), () -> "create " + type + " failed: " + r.errors());
    return r.id();
  }

  static Map<String, Object> fields(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  SoqlEngine engine() {
    return engine(NOW, LOS_ANGELES);
  }

  SoqlEngine engine(Instant now, ZoneId zone) {
    return new SoqlEngine(store, Clock.fixed(now, ZoneOffset.UTC), zone);
  }

  SoqlResult run(String soql) {
    return run(engine(), soql);
  }

  static SoqlResult run(SoqlEngine engine, String soql) {
    try {
      return engine.execute(soql, false);
    } catch (SoqlException e) {
      throw new AssertionError(e.errorCode() + ": " + e.getMessage(), e);
    }
  }

  /** One field of every row, in row order. */
  List<Object> column(String soql, String field) {
    return column(run(soql), field);
  }

  static List<Object> column(SoqlResult result, String field) {
    List<Object> out = new ArrayList<>();
    for (ResultRow row : result.rows()) {
      out.add(row.fields().get(field));
    }
    return out;
  }

  /** The error a query fails with. */
  SoqlException error(String soql) {
    try {
      SoqlResult r = engine().execute(soql, false);
      throw new AssertionError("expected an error, got " + r.rows().size() + " rows for " + soql);
    } catch (SoqlException e) {
      return e;
    }
  }
}
