package dev.bellwether.store;

import static dev.bellwether.store.Records.at;
import static dev.bellwether.store.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcTransactionsTest {

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void recordsAndWatermarkCommitTogether(TestDatabase db) throws Exception {
    Store store = db.store();

    store.transactions().inTransaction(tx -> {
      store.records().upsert(tx, List.of(record("org1", "Account", "001A", 5, Map.of("Name", "A"))));
      store.watermarks().save(tx, new Watermark("org1", "Account", at(5), at(5), true));
      return null;
    });

    assertEquals(1, store.records().count("org1", "Account"));
    assertEquals(at(5), store.watermarks().find("org1", "Account").orElseThrow().modstamp());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void exceptionRollsBackRecordsAndWatermarkTogether(TestDatabase db) throws Exception {
    Store store = db.store();
    store.transactions().inTransaction(tx -> {
      store.records().upsert(tx, List.of(record("org1", "Account", "001A", 5, Map.of("Name", "before"))));
      store.watermarks().save(tx, new Watermark("org1", "Account", at(5), null, false));
      return null;
    });

    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> store.transactions().inTransaction(tx -> {
          store.records().upsert(tx, List.of(
              record("org1", "Account", "001A", 9, Map.of("Name", "after")),
              record("org1", "Account", "001B", 9, Map.of("Name", "new"))));
          store.watermarks().save(tx, new Watermark("org1", "Account", at(9), at(9), true));
          throw new IllegalStateException("crash after the watermark, before commit");
        }));

    assertEquals("crash after the watermark, before commit", thrown.getMessage());
    assertEquals("before", store.records().find("org1", "Account", "001A").orElseThrow().fields().get("Name"));
    assertTrue(store.records().find("org1", "Account", "001B").isEmpty());
    assertEquals(new Watermark("org1", "Account", at(5), null, false),
        store.watermarks().find("org1", "Account").orElseThrow());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void sqlErrorRollsBackEarlierWritesInTheSameTransaction(TestDatabase db) throws Exception {
    Store store = db.store();

    assertThrows(java.sql.SQLException.class, () -> store.transactions().inTransaction(tx -> {
      store.records().upsert(tx, List.of(record("org1", "Account", "001A", 5, Map.of("Name", "A"))));
      try (var st = tx.createStatement()) {
        st.executeUpdate("INSERT INTO no_such_table VALUES (1)");
      }
      return null;
    }));

    assertEquals(0, store.records().count("org1", "Account"));
  }
}
