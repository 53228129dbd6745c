package dev.bellwether.service.reliability;

import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import dev.bellwether.sync.mapping.MappingsLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Issue 4's reliability suite: {@code bellwether sync --once} run as a separate process and killed
 * with SIGKILL at least 20 times at random points of the first load and 20 times during incremental
 * syncs, restarted each time, with devorg faults on (10% of calls 503, 5% of record writes
 * row-locked, sessions expiring every 3 s), CRM edits landing all along and Bellwether's own edits
 * (with one poison) made between runs. After one more sync with faults off, the store must equal
 * devorg in every inbound field, hold no deleted record and miss no live one, the outbox must be
 * empty, only the poison parked, and each of Bellwether's writes in devorg once.
 *
 * <p>Runs on H2 and on PostgreSQL (skipped loudly when no server answers). The random choices are
 * seeded; the seed is printed and {@code -Dbw.kill.seed=N} replays one.
 */
class KillNineReliabilityTest {
  /** The system property that replays a seed. */
  static final String SEED_PROPERTY = "bw.kill.seed";
  private static final long DEFAULT_SEED = 4_2026_1123L;

  @TempDir
  static Path shared;
  private static SyncLauncher.ClassData classData;

  @BeforeAll
  static void prepareSyncProcesses() throws Exception {
    try (TestDevOrg warmUp = TestDevOrg.start()) {
      classData = SyncLauncher.prepare(shared, warmUp.url());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void killNineAtRandomPointsLosesNothing(TestDatabase db) throws Exception {
    long seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    StoreConfig store = db.config();
    List<String> storeOptions = store.jdbcUrl() == null
        ? List.of("--data", store.dataDirectory().toString()) : List.of("--db", store.jdbcUrl());
    System.out.printf("kill -9 suite on %s: seed %d (replay with -D%s=%d)%n", db, seed, SEED_PROPERTY, seed);
    try (ChaosOrg org = ChaosOrg.start(seed)) {
      KillNineSuite suite = new KillNineSuite(db.toString(), org, store,
          new SyncLauncher(classData, org.url(), storeOptions), MappingsLoader.defaults(), seed, System.out);
      try {
        suite.firstLoad();
        suite.incremental();
        Set<String> drainedLast = suite.lastSync();
        String coverage = suite.verify(drainedLast);
        System.out.println(suite.summary(seed, coverage));
      } catch (AssertionError e) {
        throw new AssertionError("kill -9 suite on " + db + " failed (replay with -D" + SEED_PROPERTY + "=" + seed
            + "): " + e.getMessage(), e);
      } finally {
        suite.stop();
      }
    }
  }
}
