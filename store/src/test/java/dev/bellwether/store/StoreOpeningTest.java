package dev.bellwether.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class StoreOpeningTest {

  private static final List<String> TABLES =
      List.of("crm_record", "sync_watermark", "sync_object_status", "outbox", "conflict_log");

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void migrationsCreateEveryTableAndReopeningAppliesNothingTwice(TestDatabase db) throws Exception {
    Store store = db.store();
    for (String table : TABLES) {
      assertEquals(0, countRows(store, table), table + " exists and is empty");
    }
    long applied = countRows(store, "flyway_schema_history");
    assertTrue(applied >= 1, "at least V1 recorded");

    Store reopened = db.reopen();

    assertEquals(applied, countRows(reopened, "flyway_schema_history"), "no migration re-applied");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void dataWrittenBeforeARestartIsStillThereAfterIt(TestDatabase db) throws Exception {
    StoredRecord record = Records.record("org1", "Account", "001A", 10, Map.of("Name", "Acme"));
    db.store().transactions().inTransaction(tx -> db.store().records().upsert(tx, List.of(record)));

    Store reopened = db.reopen();

    assertEquals(record, reopened.records().find("org1", "Account", "001A").orElseThrow());
  }

  @Test
  void embeddedStoreKeepsItsH2FileInTheDataDirectory(@TempDir Path dir) {
    try (Store store = Store.open(StoreConfig.embedded(dir), Map.of())) {
      assertEquals(SqlDialect.H2, store.dialect());
    }
    assertTrue(Files.exists(dir.resolve("bellwether.mv.db")), "H2 file in " + dir);
  }

  @Test
  void embeddedStoreKeepsRecordFieldsOfUpTo16KilobytesInTheirRow(@TempDir Path dir) throws Exception {
    StringBuilder settings = new StringBuilder();
    try (Store store = Store.open(StoreConfig.embedded(dir), java.util.Map.of());
        java.sql.Connection c = store.dataSource().getConnection();
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
      while (rs.next()) {
        settings.append(rs.getString(1)).append('\n');
      }
    }
    assertTrue(settings.toString().contains("SET MAX_LENGTH_INPLACE_LOB " + Store.H2_INLINE_TEXT_CHARS + ";"),
        settings.toString());
  }

  @Test
  void unsupportedJdbcUrlIsAClearError() {
    StoreException e = assertThrows(StoreException.class,
        () -> Store.open(StoreConfig.server("jdbc:mysql://db/x?password=hunter2", null, null), Map.of()));

    assertTrue(e.getMessage().contains("jdbc:mysql://db/x"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), "password masked: " + e.getMessage());
  }

  @Test
  void unreachableServerNamesTheUrlButNotThePassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/bellwether?user=bw&password=hunter2&connectTimeout=2";

    StoreException e = assertThrows(StoreException.class,
        () -> Store.open(StoreConfig.server(url, null, null), Map.of()));

    assertTrue(e.getMessage().contains("127.0.0.1:1/bellwether"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), "password masked: " + e.getMessage());
    assertFalse(String.valueOf(e.getCause().getMessage()).contains("hunter2"));
  }

  @Test
  void missingPasswordVariableIsNamedInTheError() {
    StoreConfig config = StoreConfig.server("jdbc:postgresql://127.0.0.1:1/x", "bw", "env:BW_DB_PASSWORD");

    StoreException e = assertThrows(StoreException.class, () -> Store.open(config, Map.of()));

    assertTrue(e.getMessage().contains("BW_DB_PASSWORD"), e.getMessage());
  }

  @Test
  void literalPasswordInTheReferenceIsRejectedWithoutEchoingIt() {
    StoreConfig config = StoreConfig.server("jdbc:postgresql://127.0.0.1:1/x", "bw", "hunter2");

    StoreException e = assertThrows(StoreException.class, () -> Store.open(config, Map.of()));

    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertTrue(e.getMessage().contains("env:NAME or file:PATH"), e.getMessage());
  }

  private static long countRows(Store store, String table) throws SQLException {
    try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
