package dev.bellwether.store.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class ScoringStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void latestSnapshotOnOrBeforeADayIsFoundPerAccount(TestDatabase db) throws Exception {
    Store store = db.store();
    HealthSnapshotRepository snapshots = store.scoring().snapshots();
    save(store, "org1", List.of(
        snapshot("A", "2026-10-01", 40.0), snapshot("A", "2026-10-20", 55.5), snapshot("A", "2026-11-20", 70.0),
        snapshot("B", "2026-11-01", null)));
    save(store, "org2", List.of(snapshot("A", "2026-10-25", 99.0)));

    Map<String, HealthSnapshotRow> asOf = new HashMap<>();
    snapshots.forEachLatest("org1", LocalDate.parse("2026-10-24"), r -> asOf.put(r.accountId(), r));

    assertEquals(1, asOf.size(), "B had no snapshot yet on that day, org2's rows are not org1's");
    assertEquals(55.5, asOf.get("A").score());
    assertEquals(LocalDate.parse("2026-10-20"), asOf.get("A").snapshotDate());

    asOf.clear();
    snapshots.forEachLatest("org1", LocalDate.parse("2026-11-23"), r -> asOf.put(r.accountId(), r));
    assertEquals(70.0, asOf.get("A").score());
    assertNull(asOf.get("B").score(), "no data means no score, stored as null, never 0");
    assertEquals(4, snapshots.count("org1"));
    assertEquals(List.of("2026-11-20", "2026-10-20"),
        snapshots.history("org1", "A", 2).stream().map(r -> r.snapshotDate().toString()).toList());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aSecondSnapshotOfTheSameDayReplacesTheFirst(TestDatabase db) throws Exception {
    Store store = db.store();
    save(store, "org1", List.of(snapshot("A", "2026-11-23", 40.0)));
    save(store, "org1", List.of(snapshot("A", "2026-11-23", 42.0)));

    List<HealthSnapshotRow> all = new ArrayList<>();
    store.scoring().snapshots().forEachLatest("org1", LocalDate.parse("2026-11-23"), all::add);
    assertEquals(1, all.size());
    assertEquals(42.0, all.get(0).score());
    assertEquals(1, store.scoring().snapshots().count("org1"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void overridesAreReplacedAndRemoved(TestDatabase db) throws Exception {
    Store store = db.store();
    HealthOverrideRepository overrides = store.scoring().overrides();
    HealthOverrideRow first = new HealthOverrideRow("A", "Green", "signed a 3-year expansion", "kim@example.com",
        LocalDate.parse("2026-12-31"), NOW);
    HealthOverrideRow second = new HealthOverrideRow("A", "Red", "champion left", "lee@example.com",
        LocalDate.parse("2027-01-15"), NOW.plusSeconds(60));
    store.transactions().inTransaction(tx -> {
      overrides.put(tx, "org1", first);
      overrides.put(tx, "org1", second);
      return null;
    });
    assertEquals(Map.of("A", second), overrides.all("org1"));
    assertTrue(overrides.all("org2").isEmpty());

    boolean removed = store.transactions().inTransaction(tx -> overrides.remove(tx, "org1", "A"));
    assertTrue(removed);
    boolean removedAgain = store.transactions().inTransaction(tx -> overrides.remove(tx, "org1", "A"));
    assertFalse(removedAgain);
    assertTrue(overrides.all("org1").isEmpty());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void churnRisksAndTheModelAreKeptPerOrg(TestDatabase db) throws Exception {
    Store store = db.store();
    store.transactions().inTransaction(tx -> {
      store.scoring().churnRisks().save(tx, "org1", List.of(new ChurnRiskRow("A", 0.25, "[]", NOW),
          new ChurnRiskRow("B", 0.75, "[{\"feature\":\"nps\"}]", NOW)));
      store.scoring().churnRisks().save(tx, "org1", List.of(new ChurnRiskRow("A", 0.5, "[]", NOW.plusSeconds(1))));
      store.scoring().churnModels().save(tx, "org1", new ChurnModelRow(NOW, null, "{\"reason\":\"few\"}", "{}"));
      store.scoring().churnModels().save(tx, "org1", new ChurnModelRow(NOW.plusSeconds(5), "{\"w\":1}", "{}", "{}"));
      return null;
    });
    Map<String, ChurnRiskRow> risks = store.scoring().churnRisks().all("org1");
    assertEquals(0.5, risks.get("A").probability());
    assertEquals("[{\"feature\":\"nps\"}]", risks.get("B").contributionsJson());
    assertEquals("{\"w\":1}", store.scoring().churnModels().find("org1").orElseThrow().modelJson());
    assertTrue(store.scoring().churnModels().find("org2").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new ChurnRiskRow("A", 1.5, "[]", NOW));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void latestRunIsTheLastStarted(TestDatabase db) throws Exception {
    Store store = db.store();
    store.transactions().inTransaction(tx -> {
      store.scoring().runs().record(tx, "org1", new ScoringRunRow("i1", NOW, NOW.plusSeconds(3), null, "{\"n\":1}"));
      store.scoring().runs().record(tx, "org1", new ScoringRunRow("i2", NOW.plusSeconds(60), NOW.plusSeconds(62),
          NOW.minusSeconds(5), "{\"n\":2}"));
      return null;
    });
    assertEquals("i2", store.scoring().runs().latest("org1").orElseThrow().instanceId());
    assertEquals(NOW.minusSeconds(5), store.scoring().runs().latest("org1").orElseThrow().crmVersion());
    assertTrue(store.scoring().runs().latest("org2").isEmpty());
  }

  private static HealthSnapshotRow snapshot(String account, String day, Double score) {
    return new HealthSnapshotRow(account, LocalDate.parse(day), "Default", score,
        score == null ? null : score < 50 ? "Red" : score < 75 ? "Yellow" : "Green",
        score == null ? 0 : 5, 7, null, "{}", "[]", NOW);
  }

  private static void save(Store store, String org, List<HealthSnapshotRow> rows) throws Exception {
    store.transactions().inTransaction(tx -> {
      store.scoring().snapshots().save(tx, org, rows);
      return null;
    });
  }
}
