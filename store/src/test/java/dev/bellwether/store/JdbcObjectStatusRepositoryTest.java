package dev.bellwether.store;

import static dev.bellwether.store.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcObjectStatusRepositoryTest {

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void statusIsSavedReplacedAndListedByObjectForOneOrgOnly(TestDatabase db) throws Exception {
    Store store = db.store();
    ObjectStatus contact = new ObjectStatus("org1", "Contact", at(1), null, 0, 1, 1, "INVALID_FIELD", List.of(), null);
    ObjectStatus first = new ObjectStatus("org1", "Account", at(1), at(1), 10, 2, 0, null, List.of(), 5L);
    ObjectStatus second = new ObjectStatus("org1", "Account", at(2), at(2), 3, 1, 0, null,
        List.of("Legacy_Code__c", "Tier__c"), 1L);
    ObjectStatus otherOrg = new ObjectStatus("org2", "Account", at(3), at(3), 7, 1, 0, null, List.of(), 0L);

    store.transactions().inTransaction(tx -> {
      for (ObjectStatus s : List.of(contact, first, second, otherOrg)) {
        store.objectStatus().save(tx, s);
      }
      return null;
    });

    assertEquals(second, store.objectStatus().find("org1", "Account").orElseThrow());
    assertEquals(List.of(second, contact), store.objectStatus().list("org1"));
    assertEquals(List.of(otherOrg), store.objectStatus().list("org2"));
    assertTrue(store.objectStatus().find("org3", "Account").isEmpty());
  }
}
