package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.devorg.store.WriteContext;
import dev.bellwether.devorg.store.WriteOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Measures the engine alone over 100,000 accounts and prints the figure; it asserts only the
 * answer, never a time, so a slow CI machine cannot fail it.
 */
class SoqlThroughputTest {
  private static final int ACCOUNTS = 100_000;

  @Test
  void filtersAndProjectsOneHundredThousandAccounts() throws SoqlException {
    SoqlFixture org = new SoqlFixture();
    List<String> owners = new ArrayList<>();
    owners.add(org.adminId);
    for (int i = 0; i < 9; i++) {
      owners.add(org.create("User", "Username", "u" + i + "@bw.test", "LastName", "Owner" + i));
    }
    Random random = new Random(7);
    String[] industries = {"Banking", "Energy", "Retail", "Technology"};
    int expected = 0;
    List<WriteOp> batch = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      int employees = random.nextInt(1000);
      expected += employees > 100 ? 1 : 0;
      batch.add(new WriteOp.Create("Account", Map.of("Name", "Account " + i, "NumberOfEmployees", employees,
          "Industry", industries[i % industries.length], "OwnerId", owners.get(i % owners.size()))));
      if (batch.size() == 10_000) {
        org.store.apply(batch, true, new WriteContext(org.adminId, SoqlFixture.NOW, false));
        batch.clear();
      }
    }
    SoqlEngine engine = org.engine();
    String soql = "SELECT Id, Name, Industry, Owner.Name FROM Account WHERE NumberOfEmployees > 100";
    long best = Long.MAX_VALUE;
    SoqlResult result = null;
    for (int run = 0; run < 8; run++) {
      long start = System.nanoTime();
      result = engine.execute(soql, false);
      best = Math.min(best, System.nanoTime() - start);
    }
    assertEquals(expected, result.totalSize());
    System.out.printf("SOQL throughput: %s over %,d accounts -> %,d rows in %.1f ms (%,.0f scanned/s, %,.0f rows/s)%n",
        soql, ACCOUNTS, result.totalSize(), best / 1e6, ACCOUNTS / (best / 1e9), result.totalSize() / (best / 1e9));
  }
}
