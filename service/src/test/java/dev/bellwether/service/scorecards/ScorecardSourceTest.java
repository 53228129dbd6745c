package dev.bellwether.service.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** What the scoring job is scored with: the org's saved scorecards, else the defaults; on H2 and PostgreSQL. */
class ScorecardSourceTest {
  static final String ONE_CARD = """
      # Everyone on one card while we learn what predicts churn.
      scorecards:
        - name: Everyone
          default: true
          measures:
            usage: {weight: 1, red: 40, green: 100}
      """;

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anOrgRunsOnTheDefaultsUntilItSavesItsOwnScorecards(TestDatabase db) throws Exception {
    Store store = db.store();
    ScorecardSource source = new ScorecardSource(store.scorecards());
    assertEquals(source.defaults(), source.forOrg("org1"));
    assertTrue(source.document("org1").isDefault());
    assertEquals(ScorecardSource.defaultYaml(), source.document("org1").yaml());

    ScorecardSource.Saved saved = source.save("org1", ONE_CARD, "jane");

    ScorecardSet own = source.forOrg("org1");
    assertEquals("Everyone", own.forSegment("Enterprise").name());
    assertEquals(saved.scorecards(), own);
    assertEquals(ONE_CARD, source.document("org1").yaml(), "kept as written, comments included");
    assertEquals("jane", source.document("org1").stored().orElseThrow().updatedBy());
    assertEquals(source.defaults(), source.forOrg("org2"), "other orgs keep the defaults");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anInvalidDocumentIsRefusedWithItsLinesAndNothingIsStored(TestDatabase db) throws Exception {
    Store store = db.store();
    ScorecardSource source = new ScorecardSource(store.scorecards());
    source.save("org1", ONE_CARD, "jane");

    ScorecardsException e = assertThrows(ScorecardsException.class,
        () -> source.save("org1", ONE_CARD.replace("weight: 1", "weight: 0"), "bob"));

    assertEquals("scorecards.yaml:6: scorecards[0].measures.usage.weight: must be > 0, was 0", e.getMessage());
    assertEquals(ONE_CARD, store.scorecards().find("org1").orElseThrow().yaml(), "the valid document stays");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aStoredDocumentThatNoLongerValidatesFailsNamingTheOrgInsteadOfFallingBack(TestDatabase db) throws Exception {
    Store store = db.store();
    // Written straight to the store, as an older version with another measure name might have.
    store.scorecards().save("org1", ONE_CARD.replace("usage:", "logins:"), "jane");
    ScorecardSource source = new ScorecardSource(store.scorecards());

    ScorecardsException e = assertThrows(ScorecardsException.class, () -> source.forOrg("org1"));

    assertEquals("org org1 scorecards:6: scorecards[0].measures.logins: unknown measure; known: usage,"
        + " feature_adoption, active_users, nps, csat, unresolved_cases, aged_cases, sla_breaches, overdue_invoices,"
        + " engagement_recency, champion_change, onboarding, time_to_first_value", e.getMessage());
  }
}
