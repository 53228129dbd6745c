package dev.bellwether.connector.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.BudgetStatus;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.ReadRequest;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.config.BudgetSettings;
import dev.bellwether.connector.testing.ConnectorFixture;
import dev.bellwether.connector.testing.MutableClock;
import dev.bellwether.connector.testing.TestDevOrg;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter with devorg failing on purpose: outages, locked rows, dropped connections, expiring
 * sessions, a spent org limit and a spent budget share. Nothing is lost and nothing is written twice.
 */
class ConnectorFaultsTest {
  TestDevOrg devorg;

  @BeforeEach
  void start() {
    devorg = TestDevOrg.start();
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  /** Every external id written exactly once, read back through the connector itself. */
  private static void assertEachOnce(SalesforceConnector c, String prefix, int n) throws Exception {
    Map<String, Integer> seen = new HashMap<>();
    for (CrmRecord r : SalesforceConnectorTest.readAll(c.firstLoad(new ReadRequest("Account", List.of("Ext_Id__c"))))) {
      String ext = (String) r.get("Ext_Id__c");
      if (ext != null && ext.startsWith(prefix)) {
        seen.merge(ext, 1, Integer::sum);
      }
    }
    assertEquals(n, seen.size(), "records of " + prefix);
    assertTrue(seen.values().stream().allMatch(v -> v == 1), "no duplicates of " + prefix);
  }

  @Test
  void writesAndReadsSurviveOutagesLocksResetsAndStalls() throws Exception {
    String faults = "transient=0.15,lock=0.05,reset=0.05,stall=0.03,stall-time=2s";
    try (SalesforceConnector c = ConnectorFixture.connect(ConnectorFixture.config(devorg)
        .readTimeout(Duration.ofMillis(800)).build(), Clock.systemUTC())) {
      devorg.faults(faults);
      for (int n : new int[] {150, 700, 2500}) {
        List<WriteResult> r = c.write(WriteBatch.upsert("Account", "Ext_Id__c", SalesforceConnectorTest.accounts("T" + n + "-", n)));
        assertEquals(n, r.size());
        assertTrue(r.stream().allMatch(WriteResult::success), "every record written under faults " + faults);
      }
      for (int n : new int[] {150, 700, 2500}) {
        assertEachOnce(c, "T" + n + "-", n);
      }
    } finally {
      devorg.faults("");
    }
  }


  @Test
  void expiringSessionsAreRenewedAndCallsCarryOn() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg)) {
      devorg.org().sessions().setTtl(Duration.ofMillis(300));
      for (int i = 0; i < 4; i++) {
        List<WriteResult> r = c.write(WriteBatch.upsert("Account", "Ext_Id__c", SalesforceConnectorTest.accounts("S" + i + "-", 250)));
        assertTrue(r.stream().allMatch(WriteResult::success));
        c.serverTime();
        Thread.sleep(400);
      }
      assertEachOnce(c, "S3-", 250);
    } finally {
      devorg.org().sessions().setTtl(Duration.ofHours(2));
    }
  }

  @Test
  void aSpentOrgLimitPausesAndResumesWhenTheWindowAllows() throws Exception {
    try (SalesforceConnector c = ConnectorFixture.connect(devorg)) {
      c.serverTime();
      // Other integrations spend the org's whole daily limit; Bellwether's own share is untouched.
      devorg.org().apiUsage().setLimit(devorg.org().apiUsage().used() + 50);
      while (devorg.org().apiUsage().tryAcquire()) {
        // spend
      }
      CompletableFuture<List<WriteResult>> write = CompletableFuture.supplyAsync(() -> {
        try {
          return c.write(WriteBatch.upsert("Account", "Ext_Id__c", SalesforceConnectorTest.accounts("L-", 1000)));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      BudgetStatus paused = awaitPaused(c);
      assertTrue(paused.pauseReason().contains("REQUEST_LIMIT_EXCEEDED")
          || paused.pauseReason().contains("no daily API requests left"), paused.pauseReason());
      assertFalse(write.isDone(), "records wait; they are not dropped");
      devorg.org().apiUsage().reset();
      devorg.org().apiUsage().setLimit(1_000_000);
      List<WriteResult> r = write.get(60, TimeUnit.SECONDS);
      assertTrue(r.stream().allMatch(WriteResult::success));
      assertFalse(c.budget().paused());
      assertEachOnce(c, "L-", 1000);
    }
  }

  @Test
  void aSpentBudgetSharePausesUntilTheRollingDayFreesIt() throws Exception {
    MutableClock clock = new MutableClock(Instant.now());
    devorg.org().apiUsage().setLimit(80);
    try (SalesforceConnector c = ConnectorFixture.connect(ConnectorFixture.config(devorg)
        .budget(new BudgetSettings(0.25, 2)).build(), clock)) {
      CompletableFuture<Integer> calls = CompletableFuture.supplyAsync(() -> {
        try {
          for (int i = 0; i < 30; i++) {
            c.serverTime();
          }
          return 30;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      BudgetStatus paused = awaitPaused(c);
      assertEquals(20, paused.allowance(), "25% of 80");
      assertEquals(20, paused.spent());
      assertTrue(paused.pauseReason().contains("share"), paused.pauseReason());
      assertFalse(calls.isDone());
      clock.advance(Duration.ofHours(25));
      assertEquals(30, calls.get(30, TimeUnit.SECONDS));
      assertFalse(c.budget().paused());
    } finally {
      devorg.org().apiUsage().setLimit(1_000_000);
    }
  }

  private static BudgetStatus awaitPaused(SalesforceConnector c) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      BudgetStatus s = c.budget();
      if (s.paused()) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the connector never paused: " + c.budget());
  }
}
