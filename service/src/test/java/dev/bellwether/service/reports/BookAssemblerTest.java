package dev.bellwether.service.reports;

import static dev.bellwether.service.reports.SampleBook.A1;
import static dev.bellwether.service.reports.SampleBook.A2;
import static dev.bellwether.service.reports.SampleBook.A3;
import static dev.bellwether.service.reports.SampleBook.A4;
import static dev.bellwether.service.reports.SampleBook.A5;
import static dev.bellwether.service.reports.SampleBook.AS_OF;
import static dev.bellwether.service.reports.SampleBook.DANA_NAME;
import static dev.bellwether.service.reports.SampleBook.ORG;
import static dev.bellwether.service.reports.SampleBook.SAM_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.book.Book;
import dev.bellwether.metrics.book.Breakdown;
import dev.bellwether.metrics.book.MetricsSettings;
import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.book.PeriodMetricsCalculator;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.renewal.Renewal;
import dev.bellwether.metrics.renewal.RenewalOutcome;
import dev.bellwether.metrics.renewal.RenewalStatusRules;
import dev.bellwether.metrics.retention.RetentionMetrics;
import dev.bellwether.metrics.revenue.Contract;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.CrmBookLoader;
import dev.bellwether.service.scoring.book.OpportunityRow;
import dev.bellwether.service.scoring.book.Segmenter;
import dev.bellwether.service.scoring.renewals.RenewalSchedule;
import dev.bellwether.service.scoring.renewals.RenewalState;
import dev.bellwether.service.scoring.renewals.RenewalStatuses;
import dev.bellwether.store.StoredRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The assembler over the hand-made {@link SampleBook}, checked against figures worked out by hand. */
class BookAssemblerTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final ReportingPeriod Q3 = ReportingPeriod.parse("2025-Q3");
  static final MetricsSettings SETTINGS = MetricsSettings.defaults(UTC, ExchangeRateTable.singleCurrency("USD"))
      .withValueEvents(Map.of("core", "first_report_shared"))
      .withOnboarding(Set.of("onboarding_completed"), 90)
      .withKeyFeatures(Set.of("dashboards", "alerts"));

  private final InMemorySignals signals = new InMemorySignals()
      .nps(A1, LocalDate.of(2025, 7, 10), 10, 9, 6, 8)
      .nps(A2, LocalDate.of(2025, 9, 30), 7)
      .nps(A1, LocalDate.of(2025, 3, 5), 0)
      .csat(A1, LocalDate.of(2025, 8, 2), 5, 4, 2)
      .used(A1, LocalDate.of(2025, 7, 3), "dashboards", "alerts", "export")
      .used(A2, LocalDate.of(2025, 8, 20), "dashboards")
      .used(A4, LocalDate.of(2025, 6, 30), "alerts")
      .milestone(A5, "first_report_shared", LocalDate.of(2025, 9, 14))
      .milestone(A5, "onboarding_completed", LocalDate.of(2025, 10, 1));

  static CrmBook crm(List<StoredRecord> records) throws Exception {
    return new CrmBookLoader(new InMemoryRecords(records), Segmenter.defaults(), CrmBookLoader.DEFAULT_CHAMPION_TITLES)
        .load(ORG);
  }

  static List<RenewalState> renewals(CrmBook crm, LocalDate asOf) {
    return new RenewalStatuses(RenewalStatusRules.defaults(), "USD").derive(crm, RenewalSchedule.of(crm), asOf);
  }

  private Book book() throws Exception {
    CrmBook crm = crm(SampleBook.records(ORG));
    return new BookAssembler(signals, SETTINGS).assemble(ORG, crm, renewals(crm, AS_OF), Q3);
  }

  @Test
  void profilesCarrySegmentOwnerNameAndTheFirstContractStart() throws Exception {
    Map<String, AccountProfile> profiles = book().profiles().stream()
        .collect(Collectors.toMap(AccountProfile::accountId, Function.identity()));

    assertEquals(AccountProfile.customer(A1, "Enterprise", DANA_NAME, LocalDate.of(2024, 10, 1)), profiles.get(A1));
    assertEquals(AccountProfile.customer(A2, "SMB", SAM_NAME, LocalDate.of(2025, 1, 1)), profiles.get(A2));
    assertEquals(AccountProfile.customer(A4, "Mid-Market", DANA_NAME, LocalDate.of(2024, 7, 1)), profiles.get(A4));
    assertEquals(7, profiles.size());
  }

  @Test
  void contractsAreInTheirProductLineAndRenewedTermsKeepTheLineTheyRenew() throws Exception {
    Map<String, Contract> contracts = book().contracts().stream()
        .collect(Collectors.toMap(Contract::contractId, Function.identity()));

    assertEquals("core", contracts.get("800000000000001AAA").productLine());
    assertEquals("core", contracts.get("800000000000011AAA").productLine(), "renews a core term");
    assertEquals("Analytics", contracts.get("800000000000012AAA").productLine());
    assertEquals("Support Plus", contracts.get("800000000000014AAA").productLine());
    assertEquals("Support Plus", contracts.get("800000000000024AAA").productLine(), "renews the Support Plus add-on");
    Contract renewed = contracts.get("800000000000011AAA");
    assertEquals(Instant.parse("2025-10-01T00:00:00Z"), renewed.start());
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), renewed.end(), "the inclusive end date's whole day");
    assertTrue(renewed.tcv().isSameAs(Money.of("150000", "USD")));
    assertEquals(11, contracts.size());
  }

  @Test
  void anUnnamedAddOnIsItsOwnLineAndOtherDealsAreCore() {
    assertEquals("add-on", ProductLines.addOnLine(deal("Existing Business", "Birch Ltd - more seats")));
    assertEquals("Analytics", ProductLines.addOnLine(deal("existing business", "X - Expansion:  Analytics ")));
    assertEquals("core", ProductLines.addOnLine(deal("New Business", "X - Expansion: Analytics")));
    assertEquals("core", ProductLines.addOnLine(deal(null, "X")));
  }

  @Test
  void renewalsTakeTheirOutcomeFromTheStatusAndTheirArrUpAsPriorAcv() throws Exception {
    Map<String, Renewal> renewals = book().renewals().stream()
        .collect(Collectors.toMap(Renewal::renewalId, Function.identity()));

    Renewal acme = renewals.get(RenewalSchedule.key(A1, LocalDate.of(2025, 9, 30)));
    assertEquals(RenewalOutcome.UPSOLD, acme.outcome());
    assertTrue(acme.renewedArr().isSameAs(Money.of("150000", "USD")));
    assertTrue(acme.priorAcv().isSameAs(Money.of("120000", "USD")));
    Renewal delta = renewals.get(RenewalSchedule.key(A4, LocalDate.of(2025, 8, 31)));
    assertEquals(RenewalOutcome.DOWNSOLD, delta.outcome());
    assertTrue(delta.renewedArr().isSameAs(Money.of("12000", "USD")));
    Renewal cedar = renewals.get(RenewalSchedule.key(A3, LocalDate.of(2025, 8, 31)));
    assertEquals(RenewalOutcome.CHURNED, cedar.outcome());
    assertTrue(cedar.renewedArr().isZero());
    assertEquals(RenewalOutcome.OPEN, renewals.get(RenewalSchedule.key(A5, LocalDate.of(2026, 8, 14))).outcome());
  }

  @Test
  void retentionOfTheBookIsTheHandComputedOne() throws Exception {
    PeriodMetrics m = new PeriodMetricsCalculator(SETTINGS).compute(book(), Q3, AS_OF);
    RetentionMetrics r = m.retention();

    assertTrue(m.arrAtStart().isSameAs(Money.of("252000", "USD")), m.arrAtStart().toString());
    assertTrue(m.arrAtEnd().isSameAs(Money.of("306000", "USD")), m.arrAtEnd().toString());
    assertTrue(r.churnedArr().isSameAs(Money.of("36000", "USD")));
    assertTrue(r.contraction().isSameAs(Money.of("12000", "USD")));
    assertTrue(r.upsell().isSameAs(Money.of("30000", "USD")));
    assertTrue(r.crossSell().isSameAs(Money.of("12000", "USD")));
    assertTrue(r.newArr().isSameAs(Money.of("60000", "USD")));
    assertTrue(r.grossRevenueRetention().value().isEqualTo(204, 252), r.grossRevenueRetention().toString());
    assertTrue(r.netRevenueRetention().value().isEqualTo(246, 252), r.netRevenueRetention().toString());
    assertTrue(r.logoChurn().value().isEqualTo(1, 4));
    assertTrue(m.renewals().byCount().value().isEqualTo(2, 3));
    assertTrue(m.renewals().byArr().value().isEqualTo(162, 180));
    assertTrue(m.renewalSizeChange().change().value().isEqualTo(18, 144));
    assertTrue(m.continuation().rate().value().isEqualTo(0, 1), "A5 joined in Q3 and has not renewed yet");
    // LTV = ARPA (306k / 4) × 0.8 ÷ ((36 + 12 + 12 + 24) / 264) over the year to 2025-09-30.
    BigDecimal ltv = new BigDecimal("76500").multiply(new BigDecimal("0.8")).multiply(BigDecimal.valueOf(264))
        .divide(BigDecimal.valueOf(84), 2, RoundingMode.HALF_UP);
    assertEquals(ltv, m.lifetimeValue().value().amount().setScale(2, RoundingMode.HALF_UP));
  }

  @Test
  void byOwnerEachOwnersAccountsAreRetainedApart() throws Exception {
    Breakdown<PeriodMetrics> byOwner = new PeriodMetricsCalculator(SETTINGS).breakdown(book(), Q3, AS_OF,
        GroupBy.OWNER);

    assertEquals(List.of(DANA_NAME, SAM_NAME), new ArrayList<>(byOwner.groups().keySet()));
    RetentionMetrics dana = byOwner.groups().get(DANA_NAME).retention();
    assertTrue(dana.grossRevenueRetention().value().isEqualTo(180, 192));
    assertTrue(dana.netRevenueRetention().value().isEqualTo(210, 192));
    assertTrue(dana.logoChurn().value().isEqualTo(0, 2));
    RetentionMetrics sam = byOwner.groups().get(SAM_NAME).retention();
    assertTrue(sam.grossRevenueRetention().value().isEqualTo(24, 60));
    assertTrue(sam.netRevenueRetention().value().isEqualTo(36, 60));
    assertTrue(sam.logoChurn().value().isEqualTo(1, 2));
  }

  @Test
  void surveyAnswersOfThePeriodCountAndThoseOfTheYearBeforeAreReadButNotCounted() throws Exception {
    Book book = book();
    PeriodMetrics m = new PeriodMetricsCalculator(SETTINGS).compute(book, Q3, AS_OF);

    // Q3: 10, 9 promoters; 8, 7 passives; 6 detractor: (2 − 1) / 5.
    assertEquals(0, new BigDecimal("20").compareTo(m.nps().score().value()), m.nps().toString());
    assertTrue(m.csat().csat().value().isEqualTo(2, 3));
    assertEquals(5 + 1 + 3, book.surveyAnswers().size(), "the March answer is in the book, dated in March");
    assertEquals(15, signals.surveyWindows.size(), "month by month from 2024-07 through 2025-09");
    assertEquals(LocalDate.of(2024, 7, 1), signals.surveyWindows.get(0)[0]);
    assertEquals(LocalDate.of(2025, 10, 1), signals.surveyWindows.get(14)[1]);
    assertTrue(book.surveyAnswers().stream().allMatch(a -> a.answeredAt().atZone(UTC).getDayOfMonth() == 1));
  }

  @Test
  void adoptionReadsTheConfiguredMilestonesAndKeyFeatures() throws Exception {
    PeriodMetrics m = new PeriodMetricsCalculator(SETTINGS).compute(book(), Q3, AS_OF);

    assertEquals(0, BigDecimal.valueOf(30).compareTo(m.timeToFirstValue().value().medianDays().value()),
        "A5 started 2025-08-15, first report 2025-09-14");
    assertFalse(m.onboarding().value().rate().isDefined(), "A5's 90-day window is still open on 2025-10-15");
    // Active in Q3: A1 (2 of 2 key features), A2 (1), A3, A4 (its June use is outside), A5: 3 of 10.
    assertTrue(m.featureAdoption().value().average().value().isEqualTo(3, 10),
        m.featureAdoption().value().average().toString());
  }

  @Test
  void recordsOfAccountsTheCrmNoLongerHasAreLeftOut() throws Exception {
    List<StoredRecord> records = new ArrayList<>(SampleBook.records(ORG));
    records.removeIf(r -> r.object().equals("Account") && r.crmId().equals(A5));
    CrmBook crm = crm(records);
    signals.nps(A5, LocalDate.of(2025, 8, 1), 10);

    Book book = new BookAssembler(signals, SETTINGS).assemble(ORG, crm, renewals(crm, AS_OF), Q3);

    assertFalse(book.accountIds().contains(A5), book.accountIds().toString());
    Breakdown<PeriodMetrics> bySegment = new PeriodMetricsCalculator(SETTINGS).breakdown(book, Q3, AS_OF,
        GroupBy.SEGMENT);
    assertTrue(bySegment.book().arrAtEnd().isSameAs(Money.of("246000", "USD")));
  }

  private static OpportunityRow deal(String type, String name) {
    return new OpportunityRow("006", "001", "800", name, type, "Closed Won",
        LocalDate.of(2025, 1, 1), BigDecimal.ONE, true, true);
  }
}
