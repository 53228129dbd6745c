package dev.bellwether.store.signals;

import static dev.bellwether.store.signals.SignalRows.count;
import static dev.bellwether.store.signals.SignalRows.event;
import static dev.bellwether.store.signals.SignalRows.milestone;
import static dev.bellwether.store.signals.SignalRows.weekly;
import static dev.bellwether.store.signals.SignalRows.writeUsage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The COPY path of {@link JdbcUsageSignals#write} on PostgreSQL (skipped, loudly, without a server):
 * each batch is also written through the INSERT path into another org of the same database, and
 * both must count and store the same.
 */
class UsageCopyWriterTest {
  private static final String BY_COPY = "00Dcopy";
  private static final String BY_INSERT = "00Dinsert";

  private static final String ROWS = "SELECT event_id, account_id, kind, name, user_id, occurred_on::text, "
      + "occurred_at::text, event_count, active_users, licensed_seats FROM signal_usage WHERE org_id = ? "
      + "ORDER BY event_id COLLATE \"C\"";

  @Test
  void copyCountsFreshRepeatedAndInBatchDuplicatesLikeInsert() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Store store = db.store();
      List<List<UsageEvent>> batches = List.of(
          List.of(event("e1", "A", "reports", "u1", "2024-03-01", 1),
              event("e2", "A", "reports", "u1", "2024-03-02", 1),
              event("e3", "A", "reports", "u2", "2024-03-03", 2)),
          // e1 and e3 stored before; e4 twice in the batch (the first one is kept); e5 new.
          List.of(event("e1", "A", "reports", "u1", "2024-03-01", 1),
              event("e4", "A", "first", "u1", "2024-03-04", 1),
              event("e3", "A", "reports", "u2", "2024-03-03", 2),
              event("e4", "A", "second", "u9", "2024-03-05", 7),
              weekly("e5", "B", "exports", "2024-03-04", 40, 7, 10)),
          List.of(milestone("e6", "B", "first_login", "2024-03-06"),
              milestone("e6", "B", "first_login", "2024-03-07"),
              milestone("e6", "B", "first_login", "2024-03-08")));

      List<WriteCounts> byCopy = new ArrayList<>();
      List<WriteCounts> byInsert = new ArrayList<>();
      for (List<UsageEvent> batch : batches) {
        byCopy.add(writeUsage(store, BY_COPY, batch));
        byInsert.add(insertUsage(store, BY_INSERT, batch));
      }

      assertEquals(List.of(new WriteCounts(3, 0, 0), new WriteCounts(2, 0, 3), new WriteCounts(1, 0, 2)), byCopy);
      assertEquals(byInsert, byCopy);
      assertEquals(rows(store, BY_INSERT), rows(store, BY_COPY));
      assertEquals("first", rows(store, BY_COPY).get(3).get(3));
      UsageCopyTimes times = store.signals().usage().copyTimes();
      assertEquals(List.of(3L, 11L), List.of(times.batches(), times.rows()));
    }
  }

  @Test
  void freshAndRepeatedBatchesInAnyMixCountLikeInsertAndFreshOnesSkipTheStagingTable() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Store store = db.store();
      List<WriteCounts> byCopy = new ArrayList<>();
      List<WriteCounts> byInsert = new ArrayList<>();
      // A fresh batch, the same again (stored ids: staged), then fresh ones past the staged stretch,
      // and one that mixes a stored id into fresh ones.
      List<List<UsageEvent>> batches = new ArrayList<>();
      batches.add(List.of(event("e0", "A", "reports", "u1", "2024-03-01", 1)));
      batches.add(batches.get(0));
      for (int i = 1; i <= 20; i++) {
        batches.add(List.of(event("e" + i, "A", "reports", "u1", "2024-03-01", 1),
            event("e" + i, "A", "reports", "u2", "2024-03-02", 1)));
      }
      batches.add(List.of(event("e21", "A", "reports", "u1", "2024-03-01", 1),
          event("e3", "A", "reports", "u1", "2024-03-01", 1)));
      List<Boolean> staged = new ArrayList<>();
      for (List<UsageEvent> batch : batches) {
        long insertNanos = store.signals().usage().copyTimes().insertNanos();
        byCopy.add(writeUsage(store, BY_COPY, batch));
        staged.add(store.signals().usage().copyTimes().insertNanos() > insertNanos);
        byInsert.add(insertUsage(store, BY_INSERT, batch));
      }

      assertEquals(byInsert, byCopy);
      assertEquals(new WriteCounts(0, 0, 1), byCopy.get(1));
      assertEquals(new WriteCounts(1, 0, 1), byCopy.get(21));
      assertEquals(new WriteCounts(1, 0, 1), byCopy.get(22));
      assertEquals(rows(store, BY_INSERT), rows(store, BY_COPY));
      // Staged: the repeated batch and the 16 after it, and the one with a stored id; the rest went direct.
      List<Boolean> expected = new ArrayList<>();
      for (int i = 0; i < batches.size(); i++) {
        expected.add(i >= 1 && i <= 17 || i == 22);
      }
      assertEquals(expected, staged);
    }
  }

  @Test
  void hostileTextAndEdgeValuesAreStoredExactlyAsInsertStoresThem() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Store store = db.store();
      List<String> texts = List.of("tab\there", "line\nbreak", "crlf\r\nend", "back\\slash", "\\N", "\\.",
          "ends in a backslash\\", "", "quotes ' \" , ; |", "é ü ß", "日本語", "emoji 😀", "\\t not a tab",
          "\t\n\\\r", "NULL", "  spaces  ");
      List<UsageEvent> batch = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        batch.add(new UsageEvent("id " + t, "acct " + t, UsageKind.EVENT, t, t, LocalDate.of(2024, 3, 1 + i),
            Instant.parse("2024-03-01T10:15:30Z").plusNanos(i * 123_456_789L), i + 1, null, null));
      }
      batch.add(new UsageEvent("nulls", "A", UsageKind.EVENT, "reports", null, LocalDate.of(2024, 3, 1), null, 1,
          null, null));
      batch.add(new UsageEvent("half micro up", "A", UsageKind.EVENT, "reports", "u",
          LocalDate.of(2024, 12, 31), Instant.parse("2024-12-31T23:59:59.999999500Z"), 1, null, null));
      batch.add(new UsageEvent("bc", "A", UsageKind.MILESTONE, "first_login", null, LocalDate.of(-44, 3, 15),
          Instant.parse("-0043-03-15T12:00:00.000000499Z"), 1, null, null));
      batch.add(new UsageEvent("far future", "A", UsageKind.WEEKLY, "exports", null, LocalDate.of(12345, 6, 7),
          null, Long.MAX_VALUE, Integer.MAX_VALUE, 0));

      assertEquals(new WriteCounts(batch.size(), 0, 0), writeUsage(store, BY_COPY, batch));
      assertEquals(new WriteCounts(batch.size(), 0, 0), insertUsage(store, BY_INSERT, batch));

      List<List<String>> stored = rows(store, BY_COPY);
      assertEquals(rows(store, BY_INSERT), stored);
      List<String> names = new ArrayList<>();
      try (Connection c = store.dataSource().getConnection();
          PreparedStatement ps = c.prepareStatement("SELECT name, user_id FROM signal_usage WHERE org_id = ? "
              + "AND event_id = ?")) {
        for (String t : texts) {
          ps.setString(1, BY_COPY);
          ps.setString(2, "id " + t);
          try (ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), t);
            names.add(rs.getString(1));
            assertEquals(t, rs.getString(2));
          }
        }
      }
      assertEquals(texts, names);
      assertEquals(Arrays.asList("nulls", "A", "event", "reports", null, "2024-03-01", null, "1", null, null),
          stored.stream().filter(r -> r.get(0).equals("nulls")).findFirst().orElseThrow());
    }
  }

  @Test
  void aBatchRolledBackLeavesTheConnectionReadyForTheNext() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Store store = db.store();
      List<UsageEvent> batch = List.of(event("e1", "A", "reports", "u1", "2024-03-01", 1),
          event("e2", "A", "reports", "u1", "2024-03-02", 1));
      try (Connection c = store.dataSource().getConnection()) {
        c.setAutoCommit(false);
        // The first batch on the connection creates the staging table; the rollback takes it away again.
        assertEquals(new WriteCounts(2, 0, 0), store.signals().usage().write(c, BY_COPY, batch));
        c.rollback();
        assertEquals(new WriteCounts(2, 0, 0), store.signals().usage().write(c, BY_COPY, batch));
        c.commit();
        // Committed staging rows are gone, so they are not inserted or counted again.
        assertEquals(new WriteCounts(1, 0, 2), store.signals().usage().write(c, BY_COPY,
            List.of(event("e3", "A", "reports", "u1", "2024-03-03", 1), batch.get(0), batch.get(1))));
        c.commit();
      }
      assertEquals(3, count(store, "signal_usage", BY_COPY));
    }
  }

  @Test
  void aBatchLargerThanOneChunkIsStreamedWhole() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Store store = db.store();
      List<UsageEvent> batch = new ArrayList<>();
      String feature = "f".repeat(200);
      for (int i = 0; i < 3_000; i++) {
        // Every tenth id repeats the one before it.
        int id = i % 10 == 9 ? i - 1 : i;
        batch.add(new UsageEvent("evt-" + id, "A", UsageKind.EVENT, feature + i, "u", LocalDate.of(2024, 3, 1),
            null, 1, null, null));
      }

      assertEquals(new WriteCounts(2_700, 0, 300), writeUsage(store, BY_COPY, batch));
      assertEquals(2_700, count(store, "signal_usage", BY_COPY));
      assertEquals(new WriteCounts(0, 0, 3_000), writeUsage(store, BY_COPY, batch));
      UsageCopyTimes times = store.signals().usage().copyTimes();
      assertEquals(List.of(2L, 6_000L), List.of(times.batches(), times.rows()));
      assertTrue(times.encodeNanos() > 0 && times.copyNanos() > 0 && times.insertNanos() > 0, times.toString());
    }
  }

  @Test
  void aNulCharacterFailsTheBatchNamingEventAndField() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Store store = db.store();
      List<UsageEvent> batch = List.of(event("ok", "A", "reports", "u1", "2024-03-01", 1),
          event("bad", "A", "reports", "u\0ser", "2024-03-01", 1));

      SQLException e = assertThrows(SQLException.class, () -> writeUsage(store, BY_COPY, batch));

      assertEquals("usage event 'bad' of org 00Dcopy: user_id contains a NUL character (U+0000), which PostgreSQL"
          + " text cannot hold, at position 1", e.getMessage());
      assertEquals("22021", e.getSQLState());
      assertEquals(0, count(store, "signal_usage", BY_COPY));
    }
  }

  @Test
  void aValueTooLongFailsTheBatchNamingTheColumn() throws Exception {
    try (TestDatabase db = TestDatabase.postgres()) {
      Store store = db.store();
      List<UsageEvent> batch = List.of(event("long", "A".repeat(65), "reports", "u1", "2024-03-01", 1));

      SQLException e = assertThrows(SQLException.class, () -> writeUsage(store, BY_COPY, batch));

      assertTrue(e.getMessage().contains("value too long for type character varying(64)"), e.getMessage());
      assertTrue(e.getMessage().contains("column account_id"), e.getMessage());
      assertEquals(0, count(store, "signal_usage", BY_COPY));
    }
  }

  private static WriteCounts insertUsage(Store store, String org, List<UsageEvent> events) throws SQLException {
    return store.transactions().inTransaction(tx -> store.signals().usage().insert(tx, org, events));
  }

  /** Every stored row of an org as text, in id order. */
  private static List<List<String>> rows(Store store, String org) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(ROWS)) {
      ps.setString(1, org);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= 10; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
