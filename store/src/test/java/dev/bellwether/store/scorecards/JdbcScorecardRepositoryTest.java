package dev.bellwether.store.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Each org's scorecards document, on H2 and PostgreSQL. */
class JdbcScorecardRepositoryTest {
  private static final String YAML = """
      # 엔터프라이즈 고객은 사용량을 더 중시합니다.
      scorecards:
        - name: Standard
          default: true
      """;

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anOrgWithoutADocumentHasNoneAndASavedOneIsReadBackExactly(TestDatabase db) throws Exception {
    Store store = db.store();
    assertTrue(store.scorecards().find("org1").isEmpty());

    StoredScorecards saved = store.scorecards().save("org1", YAML, "jane.doe@example.com");

    assertEquals(saved, store.scorecards().find("org1").orElseThrow());
    assertEquals(YAML, saved.yaml(), "comments and non-ASCII text are kept");
    assertEquals("jane.doe@example.com", saved.updatedBy());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aSecondSaveReplacesTheDocumentAndOrgsAreKeptApart(TestDatabase db) throws Exception {
    Store store = db.store();
    store.scorecards().save("org1", YAML, "jane");
    String large = YAML + "#" + "x".repeat(200_000) + "\n";

    StoredScorecards second = store.scorecards().save("org1", large, "admin API");
    store.scorecards().save("org2", "scorecards: []\n", "bob");

    StoredScorecards read = store.scorecards().find("org1").orElseThrow();
    assertEquals(second, read);
    assertEquals(large, read.yaml());
    assertEquals("admin API", read.updatedBy());
    assertEquals("scorecards: []\n", store.scorecards().find("org2").orElseThrow().yaml());
    assertTrue(store.scorecards().find("org3").isEmpty());
  }
}
