package dev.bellwether.service.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.PageLogEntry;
import dev.bellwether.store.Store;
import dev.bellwether.store.conflicts.ConflictEntry;
import dev.bellwether.store.outbox.OutboxCounts;
import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class HousekeepingTest {
  private static final String ORG = "00D000000000001EAA";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void pagesAndSentOutboxRowsGoAfterSevenDaysConflictsOnlyAfterNinetyAndPendingRowsStay(TestDatabase db)
      throws Exception {
    Store store = db.store();
    // Whole milliseconds: the databases keep microseconds, and a rounded-up stamp would not yet be due.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    store.transactions().inTransaction(tx -> {
      store.objectStatus().save(tx, new ObjectStatus(ORG, "CS_Health__c", now, now, 0, 0, 0, null, List.of(), 0L));
      store.pageLog().record(tx, new PageLogEntry(ORG, "Account", "run-1", "FIRST_LOAD", 1, 10, null, null, "i1"));
      store.outbox().enqueue(tx, OutboxEntry.change(ORG, "CS_Health__c", "sent-1", Map.of("Name", "a"), now));
      store.outbox().enqueue(tx, OutboxEntry.change(ORG, "CS_Health__c", "waiting-1", Map.of("Name", "b"), now));
      store.conflicts().record(tx, new ConflictEntry(0, ORG, "CS_Renewal__c", "a01000000000001AAA", "Notes__c",
          ConflictEntry.Side.CRM, "\"theirs\"", "\"ours\"", now));
      return null;
    });
    OutboxEntry sent = store.outbox().claimDue(ORG, "CS_Health__c", 10, now).stream()
        .filter(e -> e.externalId().equals("sent-1")).findFirst().orElseThrow();
    store.outbox().markDone(sent);

    Housekeeping.Purged afterSixDays = housekeeping(store, now.plus(Duration.ofDays(6))).run();
    Housekeeping.Purged afterEightDays = housekeeping(store, now.plus(Duration.ofDays(8))).run();
    Housekeeping.Purged afterNinetyOneDays = housekeeping(store, now.plus(Duration.ofDays(91))).run();

    assertEquals(new Housekeeping.Purged(0, 0, 0), afterSixDays);
    assertEquals(new Housekeeping.Purged(1, 1, 0), afterEightDays);
    assertEquals(new Housekeeping.Purged(0, 0, 1), afterNinetyOneDays);
    assertEquals(new OutboxCounts(1, 0, 0), store.outbox().counts(ORG, "CS_Health__c"), "the pending row stays");
    assertEquals(List.of(), store.pageLog().list(ORG, "Account"));
  }

  private static Housekeeping housekeeping(Store store, Instant now) {
    return new Housekeeping(store, ScheduleSettings.Retention.defaults(), Clock.fixed(now, ZoneOffset.UTC));
  }
}
