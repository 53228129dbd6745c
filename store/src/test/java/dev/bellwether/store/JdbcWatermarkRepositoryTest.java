package dev.bellwether.store;

import static dev.bellwether.store.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcWatermarkRepositoryTest {

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void savedWatermarkIsFoundAndASecondSaveReplacesIt(TestDatabase db) throws Exception {
    Store store = db.store();
    assertTrue(store.watermarks().find("org1", "Account").isEmpty());

    save(store, new Watermark("org1", "Account", null, null, false));
    Watermark later = new Watermark("org1", "Account", at(100), at(90), true);
    save(store, later);

    assertEquals(later, store.watermarks().find("org1", "Account").orElseThrow());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void watermarksAreKeptPerOrgAndObject(TestDatabase db) throws Exception {
    Store store = db.store();
    save(store, new Watermark("orgA", "Account", at(1), at(1), true));
    save(store, new Watermark("orgA", "Contact", at(2), at(2), true));
    save(store, new Watermark("orgB", "Account", at(3), at(3), false));

    assertEquals(at(1), store.watermarks().find("orgA", "Account").orElseThrow().modstamp());
    assertEquals(at(2), store.watermarks().find("orgA", "Contact").orElseThrow().modstamp());
    assertEquals(at(3), store.watermarks().find("orgB", "Account").orElseThrow().modstamp());
    assertTrue(store.watermarks().find("orgB", "Contact").isEmpty());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void deletedWatermarkIsGoneSoTheNextRunStartsOver(TestDatabase db) throws Exception {
    Store store = db.store();
    save(store, new Watermark("org1", "Account", at(1), at(1), true));

    store.transactions().inTransaction(tx -> {
      store.watermarks().delete(tx, "org1", "Account");
      return null;
    });

    assertTrue(store.watermarks().find("org1", "Account").isEmpty());
  }

  private static void save(Store store, Watermark watermark) throws Exception {
    store.transactions().inTransaction(tx -> {
      store.watermarks().save(tx, watermark);
      return null;
    });
  }
}
