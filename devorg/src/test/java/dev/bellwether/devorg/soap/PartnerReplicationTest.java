package dev.bellwether.devorg.soap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sforce.soap.partner.GetDeletedResult;
import com.sforce.soap.partner.GetUpdatedResult;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import dev.bellwether.devorg.DevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.store.WriteOp;
import dev.bellwether.devorg.store.WriteResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** getUpdated and getDeleted over a hand-moved org clock. */
class PartnerReplicationTest {
  private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
  private SettableClock clock;
  private DevOrg devorg;
  private PartnerConnection pc;

  @BeforeEach
  void start() throws Exception {
    clock = new SettableClock(T0);
    devorg = DevOrg.start(DevOrgOptions.builder().clock(clock).build());
    pc = Wsc.withToken(devorg, "64.0", Wsc.adminToken(devorg));
  }

  @AfterEach
  void stop() {
    devorg.close();
  }

  @Test
  void getUpdatedReturnsRecordsChangedInTheWindowAndTheMinuteCovered() throws Exception {
    clock.advance(Duration.ofMinutes(5).plusSeconds(10));   // 10:05:10
    String early = create("Early");
    clock.advance(Duration.ofMinutes(10));                  // 10:15:10
    String late = create("Late");
    clock.advance(Duration.ofMinutes(30));                  // 10:45:10

    GetUpdatedResult r = pc.getUpdated("Account", at("2025-06-01T10:10:00Z"), at("2025-06-01T10:40:30Z"));
    GetUpdatedResult all = pc.getUpdated("Account", at("2025-06-01T10:00:00Z"), at("2025-06-01T11:00:00Z"));

    assertArrayEquals(new String[] {late}, r.getIds());
    assertEquals(Instant.parse("2025-06-01T10:40:00Z"), r.getLatestDateCovered().toInstant());
    assertArrayEquals(new String[] {early, late}, all.getIds());
    // endDate in the future: covered only up to now, to the minute.
    assertEquals(Instant.parse("2025-06-01T10:45:00Z"), all.getLatestDateCovered().toInstant());
  }

  @Test
  void getDeletedReturnsRecycledRecordsWithTheirDeletionTime() throws Exception {
    String keep = create("Keep");
    String gone = create("Gone");
    clock.advance(Duration.ofMinutes(20));                  // 10:20:00
    WriteResult d = devorg.org().store().apply(List.of(new WriteOp.Delete(gone)), true,
        devorg.org().writeAs(devorg.org().adminUserId())).get(0);
    assertTrue(d.success());
    clock.advance(Duration.ofMinutes(10));                  // 10:30:00

    GetDeletedResult r = pc.getDeleted("Account", at("2025-06-01T10:00:00Z"), at("2025-06-01T10:30:00Z"));

    assertEquals(1, r.getDeletedRecords().length);
    assertEquals(gone, r.getDeletedRecords()[0].getId());
    assertEquals(Instant.parse("2025-06-01T10:20:00Z"), r.getDeletedRecords()[0].getDeletedDate().toInstant());
    assertEquals(Instant.parse("2025-05-02T10:30:00Z"), r.getEarliestDateAvailable().toInstant());
    assertEquals(Instant.parse("2025-06-01T10:30:00Z"), r.getLatestDateCovered().toInstant());
    assertTrue(devorg.org().store().find(keep).isPresent());
  }

  @Test
  void windowLongerThanThirtyDaysIsInvalidReplicationDate() throws Exception {
    clock.advance(Duration.ofDays(40));
    PartnerConnection later = Wsc.withToken(devorg, "64.0", Wsc.adminToken(devorg));

    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class,
        () -> later.getUpdated("Account", at("2025-06-02T00:00:00Z"), at("2025-07-03T00:00:00Z")));

    assertEquals(ExceptionCode.INVALID_REPLICATION_DATE, f.getExceptionCode());
  }

  @Test
  void startBeforeTheEarliestDateAvailableIsInvalidReplicationDate() throws Exception {
    // Now is 2025-06-01T10:00Z, so the earliest date available is 2025-05-02T10:00Z.
    UnexpectedErrorFault updated = assertThrows(UnexpectedErrorFault.class,
        () -> pc.getUpdated("Account", at("2025-05-01T00:00:00Z"), at("2025-05-20T00:00:00Z")));
    UnexpectedErrorFault deleted = assertThrows(UnexpectedErrorFault.class,
        () -> pc.getDeleted("Account", at("2025-05-02T09:59:00Z"), at("2025-05-20T00:00:00Z")));
    GetDeletedResult onTheEdge = pc.getDeleted("Account", at("2025-05-02T10:00:00Z"), at("2025-05-20T00:00:00Z"));

    assertEquals(ExceptionCode.INVALID_REPLICATION_DATE, updated.getExceptionCode());
    assertEquals(ExceptionCode.INVALID_REPLICATION_DATE, deleted.getExceptionCode());
    assertEquals(0, onTheEdge.getDeletedRecords().length);
  }

  @Test
  void startNotBeforeEndIsInvalidReplicationDate() {
    UnexpectedErrorFault f = assertThrows(UnexpectedErrorFault.class,
        () -> pc.getUpdated("Account", at("2025-06-01T09:30:40Z"), at("2025-06-01T09:30:10Z")));

    assertEquals(ExceptionCode.INVALID_REPLICATION_DATE, f.getExceptionCode());
  }

  @Test
  void unknownTypeIsInvalidSObjectFault() {
    assertThrows(InvalidSObjectFault.class,
        () -> pc.getUpdated("Nope__c", at("2025-06-01T09:00:00Z"), at("2025-06-01T09:30:00Z")));
  }

  private String create(String name) {
    WriteResult r = devorg.org().store().apply(List.of(new WriteOp.Create("Account", Map.of("Name", name))),
        true, devorg.org().writeAs(devorg.org().adminUserId())).get(0);
    assertTrue(r.success(), () -> r.errors().toString());
    return r.id();
  }

  private static Calendar at(String iso) {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(Instant.parse(iso).toEpochMilli());
    return c;
  }
}
