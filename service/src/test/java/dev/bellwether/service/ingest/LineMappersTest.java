package dev.bellwether.service.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.store.signals.Invoice;
import dev.bellwether.store.signals.SurveyAnswer;
import dev.bellwether.store.signals.SurveyType;
import dev.bellwether.store.signals.UsageEvent;
import dev.bellwether.store.signals.UsageKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind's fields: what is accepted, what is rejected and with which field and reason. */
class LineMappersTest {

  private static RecordFields fields(String... namesAndValues) {
    RecordFields f = new RecordFields();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      f.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return f;
  }

  private static String problem(LineMapper<?> mapper, String... namesAndValues) {
    FieldProblem p = assertThrows(FieldProblem.class, () -> mapper.map(fields(namesAndValues)));
    return p.field() + ": " + p.reason();
  }

  @Test
  void aSingleEventIsTheDefaultTypeAndKeepsItsInstantAndUtcDay() throws Exception {
    UsageEvent e = new UsageLineMapper().map(fields("event_id", "ev-1", "Account_Id", "001A", "user_id", "u1",
        "feature", "reports", "occurred_at", "2024-03-01T23:30:00-02:00", "unknown_field", "ignored"));

    assertEquals(new UsageEvent("ev-1", "001A", UsageKind.EVENT, "reports", "u1", LocalDate.parse("2024-03-02"),
        Instant.parse("2024-03-02T01:30:00Z"), 1, null, null), e);
  }

  @Test
  void weeklyRollupsAndMilestonesReadTheSeedsShapes() throws Exception {
    UsageEvent weekly = new UsageLineMapper().map(fields("type", "weekly", "account_id", "001A",
        "week_start", "2024-03-04", "feature", "dashboards", "active_users", "7", "events", "40",
        "licensed_seats", "10"));
    UsageEvent milestone = new UsageLineMapper().map(fields("type", "MILESTONE", "account_id", "001A",
        "event", "first_login", "occurred_at", "2024-01-02T09:15:00.250Z"));

    assertEquals(new UsageEvent(weekly.eventId(), "001A", UsageKind.WEEKLY, "dashboards", null,
        LocalDate.parse("2024-03-04"), null, 40, 7, 10), weekly);
    assertTrue(weekly.eventId().startsWith("weekly:"), weekly.eventId());
    assertEquals(new UsageEvent(milestone.eventId(), "001A", UsageKind.MILESTONE, "first_login", null,
        LocalDate.parse("2024-01-02"), Instant.parse("2024-01-02T09:15:00.250Z"), 1, null, null), milestone);
  }

  @Test
  void derivedIdsDependOnTheNaturalKeyOnly() throws Exception {
    UsageLineMapper mapper = new UsageLineMapper();
    String a = mapper.map(fields("type", "weekly", "account_id", "A", "week_start", "2024-03-04",
        "feature", "f", "events", "1")).eventId();
    String sameKeyOtherCounts = mapper.map(fields("type", "weekly", "account_id", "A", "week_start", "2024-03-04",
        "feature", "f", "events", "9", "active_users", "3")).eventId();
    String otherWeek = mapper.map(fields("type", "weekly", "account_id", "A", "week_start", "2024-03-11",
        "feature", "f", "events", "1")).eventId();
    String firstLogin = mapper.map(fields("type", "milestone", "account_id", "A", "event", "first_login",
        "occurred_at", "2024-01-02T09:00:00Z")).eventId();
    String firstLoginAgainLater = new UsageLineMapper().map(fields("type", "milestone", "account_id", "A",
        "event", "first_login", "occurred_at", "2024-02-02T09:00:00Z")).eventId();

    assertEquals(a, sameKeyOtherCounts);
    assertNotEquals(a, otherWeek);
    assertEquals(firstLogin, firstLoginAgainLater);
    assertTrue(a.startsWith("weekly:20240304:A:"), a);
    assertEquals("weekly:20240304:A:".length() + 16, a.length());
    assertTrue(firstLogin.startsWith("milestone:A:"), firstLogin);
  }

  @Test
  void derivedIdsSortByDayThenAccountSoTimeOrderedFilesAppend() throws Exception {
    UsageLineMapper mapper = new UsageLineMapper();
    String march = mapper.map(fields("type", "weekly", "account_id", "B", "week_start", "2024-03-04",
        "feature", "zz", "events", "1")).eventId();
    String aprilFirstAccount = mapper.map(fields("type", "weekly", "account_id", "A", "week_start", "2024-04-01",
        "feature", "zz", "events", "1")).eventId();
    String aprilSecondAccount = mapper.map(fields("type", "weekly", "account_id", "B", "week_start", "2024-04-01",
        "feature", "aa", "events", "1")).eventId();
    String event = mapper.map(fields("account_id", "A", "user_id", "u1", "feature", "f",
        "occurred_at", "0999-12-31T23:00:00Z")).eventId();

    assertTrue(march.compareTo(aprilFirstAccount) < 0, march + " < " + aprilFirstAccount);
    assertTrue(aprilFirstAccount.compareTo(aprilSecondAccount) < 0, aprilFirstAccount + " < " + aprilSecondAccount);
    assertTrue(event.startsWith("event:09991231:A:"), event);
  }

  @Test
  void badUsageFieldsAreNamedWithTheirReason() {
    UsageLineMapper m = new UsageLineMapper();
    assertEquals("type: 'daily' is not one of event, weekly, milestone",
        problem(m, "type", "daily", "account_id", "A"));
    assertEquals("account_id: missing", problem(m, "feature", "f", "occurred_at", "2024-03-01T00:00:00Z"));
    assertEquals("feature: missing", problem(m, "account_id", "A", "occurred_at", "2024-03-01T00:00:00Z"));
    assertEquals("occurred_at: '2024-03-01 10:00' is not an instant such as 2024-03-01T10:15:30Z",
        problem(m, "account_id", "A", "feature", "f", "occurred_at", "2024-03-01 10:00"));
    assertEquals("occurred_at: missing (give occurred_at, an instant, or occurred_on, a day)",
        problem(m, "account_id", "A", "feature", "f"));
    assertEquals("count: 0 is below 1",
        problem(m, "account_id", "A", "feature", "f", "occurred_on", "2024-03-01", "count", "0"));
    assertEquals("count: '2.5' is not a whole number",
        problem(m, "account_id", "A", "feature", "f", "occurred_on", "2024-03-01", "count", "2.5"));
    assertEquals("week_start: '2024-02-30' is not a day such as 2024-03-01",
        problem(m, "type", "weekly", "account_id", "A", "feature", "f", "week_start", "2024-02-30", "events", "1"));
    assertEquals("active_users: -1 is outside 0–2147483647", problem(m, "type", "weekly", "account_id", "A",
        "feature", "f", "week_start", "2024-03-04", "events", "1", "active_users", "-1"));
    assertEquals("account_id: 65 characters, at most 64 allowed",
        problem(m, "account_id", "x".repeat(65), "feature", "f", "occurred_on", "2024-03-01"));
  }

  @Test
  void aNestedValueIsRejectedWhereASingleValueIsExpected() {
    RecordFields f = fields("account_id", "A", "occurred_on", "2024-03-01");
    f.putStructured("feature", "an object");
    FieldProblem p = assertThrows(FieldProblem.class, () -> new UsageLineMapper().map(f));
    assertEquals("feature: expected a single value, found an object", p.field() + ": " + p.reason());
  }

  @Test
  void surveyAnswersCheckTheScoreAgainstTheirSurvey() throws Exception {
    SurveyLineMapper m = new SurveyLineMapper();
    SurveyAnswer nps = m.map(fields("account_id", "A", "contact_id", "003C", "survey", "NPS", "score", "9",
        "answered_at", "2024-03-01T10:00:00Z", "comment", "Great product"));
    SurveyAnswer byDay = m.map(fields("account_id", "A", "survey", "csat", "score", "4", "answered_at", "2024-03-02",
        "comment", "  "));

    assertEquals(new SurveyAnswer(nps.answerId(), "A", "003C", SurveyType.NPS, 9,
        Instant.parse("2024-03-01T10:00:00Z"), "Great product"), nps);
    assertTrue(nps.answerId().startsWith("survey:20240301:A:"), nps.answerId());
    assertEquals(new SurveyAnswer(byDay.answerId(), "A", null, SurveyType.CSAT, 4,
        Instant.parse("2024-03-02T00:00:00Z"), null), byDay);
    assertEquals("score: 11 is outside 0–10 for an nps answer",
        problem(m, "account_id", "A", "survey", "nps", "score", "11", "answered_at", "2024-03-01T10:00:00Z"));
    assertEquals("score: 0 is outside 1–5 for a csat answer",
        problem(m, "account_id", "A", "survey", "csat", "score", "0", "answered_at", "2024-03-01T10:00:00Z"));
    assertEquals("survey: 'ces' is not nps or csat",
        problem(m, "account_id", "A", "survey", "ces", "score", "3", "answered_at", "2024-03-01T10:00:00Z"));
    assertEquals("answered_at: missing", problem(m, "account_id", "A", "survey", "nps", "score", "3"));
  }

  @Test
  void invoicesCheckDatesAmountAndCurrency() throws Exception {
    InvoiceLineMapper m = new InvoiceLineMapper();
    Invoice paid = m.map(fields("invoice_number", "INV-1", "account_id", "A", "issued_on", "2024-01-01",
        "due_on", "2024-01-31", "amount", "1250.50", "currency", "usd", "paid_on", "2024-01-20"));
    Invoice unpaid = m.map(fields("invoice_number", "INV-2", "account_id", "A", "issued_on", "2024-01-01",
        "due_on", "2024-01-01", "amount", "10.000000", "currency", "EUR", "paid_on", ""));

    assertEquals(new Invoice("INV-1", "A", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"),
        new BigDecimal("1250.50"), "USD", LocalDate.parse("2024-01-20")), paid);
    assertEquals(null, unpaid.paidOn());
    Map<String, String> good = new LinkedHashMap<>(Map.of("invoice_number", "I", "account_id", "A",
        "issued_on", "2024-02-01", "due_on", "2024-03-01", "amount", "5", "currency", "USD"));
    assertEquals("due_on: 2024-01-15 is before issued_on 2024-02-01", problem(m, with(good, "due_on", "2024-01-15")));
    assertEquals("amount: 'ten' is not a number", problem(m, with(good, "amount", "ten")));
    assertEquals("amount: 1.23456 has more than 4 decimals", problem(m, with(good, "amount", "1.23456")));
    assertEquals("amount: 1000000000000000 has more than 15 whole digits",
        problem(m, with(good, "amount", "1000000000000000")));
    assertEquals("currency: 'DOLLARS' is not a three-letter ISO 4217 code such as USD",
        problem(m, with(good, "currency", "dollars")));
    assertEquals("paid_on: '01/02/2024' is not a day such as 2024-03-01",
        problem(m, with(good, "paid_on", "01/02/2024")));
    assertEquals("invoice_number: missing", problem(m, with(good, "invoice_number", "")));
  }

  private static String[] with(Map<String, String> base, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(base);
    copy.put(name, value);
    return copy.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray(String[]::new);
  }

  @Test
  void isoTimesReadTheFastShapesAndOffsets() {
    assertEquals(Instant.parse("2024-03-01T10:15:30Z"), IsoTimes.instant("2024-03-01T10:15:30Z"));
    assertEquals(Instant.parse("2024-03-01T10:15:30.123456789Z"), IsoTimes.instant("2024-03-01T10:15:30.123456789Z"));
    assertEquals(Instant.parse("2024-03-01T10:15:30.100Z"), IsoTimes.instant("2024-03-01T10:15:30.1Z"));
    assertEquals(Instant.parse("2024-03-01T08:15:30Z"), IsoTimes.instant("2024-03-01T10:15:30+02:00"));
    assertEquals(null, IsoTimes.instant("2024-03-01T25:15:30Z"));
    assertEquals(null, IsoTimes.instant("2024-03-01T10:15:30"));
    assertEquals(LocalDate.parse("2024-02-29"), IsoTimes.day("2024-02-29"));
    assertEquals(null, IsoTimes.day("2023-02-29"));
    assertEquals(null, IsoTimes.day("2024-3-01"));
  }
}
