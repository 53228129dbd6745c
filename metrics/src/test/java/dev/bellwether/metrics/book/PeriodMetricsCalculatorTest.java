package dev.bellwether.metrics.book;

import static dev.bellwether.metrics.Fixtures.date;
import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.adoption.FeatureUse;
import dev.bellwether.metrics.adoption.OnboardingMilestone;
import dev.bellwether.metrics.adoption.ValueEvent;
import dev.bellwether.metrics.money.ExchangeRate;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.renewal.Renewal;
import dev.bellwether.metrics.renewal.RenewalOutcome;
import dev.bellwether.metrics.retention.RetentionMetrics;
import dev.bellwether.metrics.sentiment.SurveyAnswer;
import dev.bellwether.metrics.sentiment.SurveyKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeriodMetricsCalculatorTest {

  private static final ReportingPeriod Q3 = ReportingPeriod.quarter(2025, 3);
  private final Fixtures f = new Fixtures();
  private final MetricsSettings settings =
      MetricsSettings.defaults(
              f.zone(),
              new ExchangeRateTable("USD", List.of(new ExchangeRate("EUR", date("2024-01-01"), new BigDecimal("1.2")))))
          .withKeyFeatures(Set.of("reports", "alerts"))
          .withValueEvents(Map.of("core", "first_report_shared"))
          .withOnboarding(Set.of("kickoff"), 30);
  private final PeriodMetricsCalculator calculator = new PeriodMetricsCalculator(settings);

  /**
   * A (Enterprise, ann): 240,000 over 2024–2025 (ACV 120,000) plus 10,000 EUR analytics from
   * August (12,000 USD, a cross-sell). B (Enterprise, bob): 60,000 ending 30 Sep, churned. C (SMB,
   * ann): 24,000 renewed on 1 Aug down to 18,000. D (SMB, bob): new on 1 Aug for 30,000.
   */
  private final Book book =
      Book.ofContracts(
              List.of(
                  AccountProfile.customer("A", "Enterprise", "ann", date("2024-01-01")),
                  AccountProfile.customer("B", "Enterprise", "bob", date("2024-10-01")),
                  AccountProfile.customer("C", "SMB", "ann", date("2024-08-01")),
                  AccountProfile.customer("D", "SMB", "bob", date("2025-08-01"))),
              List.of(
                  f.contract("A", "2024-01-01", "2025-12-31", usd(240_000)),
                  f.contract("A", "2025-08-01", "2026-07-31", Money.of("10000", "EUR"), "analytics"),
                  f.contract("B", "2024-10-01", "2025-09-30", usd(60_000)),
                  f.contract("C", "2024-08-01", "2025-07-31", usd(24_000)),
                  f.contract("C", "2025-08-01", "2026-07-31", usd(18_000)),
                  f.contract("D", "2025-08-01", "2026-07-31", usd(30_000))))
          .withRenewals(
              List.of(
                  Renewal.churned("rB", "B", date("2025-09-30"), usd(60_000), usd(60_000)),
                  new Renewal("rC", "C", date("2025-07-31"), usd(24_000), RenewalOutcome.DOWNSOLD, usd(18_000), usd(24_000), usd(18_000))))
          .withSurveyAnswers(
              List.of(
                  answer("A", SurveyKind.NPS, 10), answer("B", SurveyKind.NPS, 3),
                  answer("C", SurveyKind.NPS, 8), answer("D", SurveyKind.NPS, 9),
                  answer("A", SurveyKind.CSAT, 5), answer("C", SurveyKind.CSAT, 2)))
          .withFeatureUses(
              List.of(use("A", "reports"), use("D", "alerts"), use("D", "reports"), use("C", "export")))
          .withValueEvents(List.of(new ValueEvent("D", "first_report_shared", at("2025-08-11T10:00"))))
          .withOnboardingMilestones(List.of(new OnboardingMilestone("D", "kickoff", at("2025-08-20T10:00"))));

  @Test
  void everyMetricOfAHandComputedQuarter() {
    PeriodMetrics m = calculator.compute(book, Q3, date("2025-10-15"));
    RetentionMetrics r = m.retention();
    // S = {A, B, C}, ARR_S = 120,000 + 60,000 + 24,000.
    assertTrue(m.arrAtStart().isSameAs(usd(204_000)));
    // End: A 132,000 + C 18,000 + D 30,000.
    assertTrue(m.arrAtEnd().isSameAs(usd(180_000)));
    assertTrue(m.mrrAtEnd().isSameAs(usd(15_000)));
    assertTrue(m.arpaAtEnd().annual().value().isSameAs(usd(60_000)));
    assertTrue(m.arpaAtEnd().monthly().value().isSameAs(usd(5_000)));
    assertTrue(r.logoRetention().value().isEqualTo(2, 3));
    assertTrue(r.grossRevenueRetention().value().isEqualTo(138_000, 204_000));
    assertTrue(r.netRevenueRetention().value().isEqualTo(150_000, 204_000));
    assertTrue(r.crossSellRate().value().isEqualTo(12_000, 204_000));
    assertTrue(r.upsellRate().value().isEqualTo(0, 1));
    assertEquals(1, r.newAccounts());
    // Started in Q3: A analytics 12,000, C's renewal 18,000, D 30,000.
    assertEquals(3, m.contractsStarted().contracts());
    assertTrue(m.contractsStarted().averageAcv().value().isSameAs(usd(20_000)));
    // Renewals: B churned (60,000 up), C downsold 24,000 -> 18,000.
    assertTrue(m.renewals().byCount().value().isEqualTo(1, 2));
    assertTrue(m.renewals().byArr().value().isEqualTo(18_000, 84_000));
    assertTrue(m.renewalSizeChange().change().value().isEqualTo(-1, 4));
    // Q3's cohort is D, which has not renewed yet.
    assertTrue(m.continuation().rate().value().isEqualTo(0, 1));
    // LTV: ARPA 60,000 x 0.8 / (66,000 / 204,000) over Oct 2024 – Sep 2025.
    assertTrue(m.lifetimeValue().value().isSameAs(usd(48_000).times(BigDecimal.valueOf(204_000)).dividedBy(BigDecimal.valueOf(66_000))));
    // NPS: 2 promoters, 1 passive, 1 detractor of 4 = 25; CSAT 1 of 2.
    assertEquals(0, m.nps().score().value().compareTo(BigDecimal.valueOf(25)));
    assertTrue(m.csat().csat().value().isEqualTo(1, 2));
    // Active in Q3: A, B, C, D; key features used: A 1, D 2.
    assertTrue(m.featureAdoption().value().average().value().isEqualTo(3, 8));
    assertEquals(List.of(10L), m.timeToFirstValue().value().daysToValue());
    assertTrue(m.onboarding().value().rate().value().isEqualTo(1, 1));
  }

  @Test
  void bySegmentHoldsTheBookAndEachSegment() {
    Breakdown<PeriodMetrics> bySegment = calculator.breakdown(book, Q3, date("2025-10-15"), GroupBy.SEGMENT);
    assertEquals(Set.of("Enterprise", "SMB"), bySegment.groups().keySet());
    assertTrue(bySegment.book().arrAtEnd().isSameAs(usd(180_000)));
    PeriodMetrics enterprise = bySegment.groups().get("Enterprise");
    assertTrue(enterprise.retention().grossRevenueRetention().value().isEqualTo(120_000, 180_000));
    assertTrue(enterprise.retention().netRevenueRetention().value().isEqualTo(132_000, 180_000));
    assertTrue(enterprise.retention().logoRetention().value().isEqualTo(1, 2));
    // 132,000 x 0.8 / (60,000 / 180,000) = 316,800.
    assertTrue(enterprise.lifetimeValue().value().isSameAs(usd(316_800)));
    PeriodMetrics smb = bySegment.groups().get("SMB");
    assertTrue(smb.retention().grossRevenueRetention().value().isEqualTo(18_000, 24_000));
    assertEquals(1, smb.retention().newAccounts());
    // ARPA (18,000 + 30,000) / 2 = 24,000; churn 6,000 / 24,000: 24,000 x 0.8 x 4 = 76,800.
    assertTrue(smb.lifetimeValue().value().isSameAs(usd(76_800)));
    assertTrue(smb.renewals().byCount().value().isEqualTo(1, 1)); // C's downsell is a renewal
  }

  @Test
  void byOwnerCanShowNrrAboveOneAndZeroGrr() {
    Breakdown<PeriodMetrics> byOwner = calculator.breakdown(book, Q3, date("2025-10-15"), GroupBy.OWNER);
    RetentionMetrics ann = byOwner.groups().get("ann").retention();
    assertTrue(ann.grossRevenueRetention().value().isEqualTo(138_000, 144_000));
    assertTrue(ann.netRevenueRetention().value().isEqualTo(150_000, 144_000));
    RetentionMetrics bob = byOwner.groups().get("bob").retention();
    assertTrue(bob.grossRevenueRetention().value().isEqualTo(0, 60_000));
    assertTrue(bob.logoChurn().value().isEqualTo(1, 1));
    // bob lost all his starting revenue: LTV is defined (churn 100%), 30,000 x 0.8 / 1.
    assertTrue(byOwner.groups().get("bob").lifetimeValue().value().isSameAs(usd(24_000)));
  }

  @Test
  void blankAttributesGroupAsUnassignedAndMissingProfilesAreNamed() {
    Book withBlank =
        Book.ofContracts(
            List.of(new AccountProfile("X", " ", "", java.util.Optional.empty())),
            List.of(f.contract("X", "2025-01-01", "2025-12-31", usd(1_000))));
    Breakdown<PeriodMetrics> result = calculator.breakdown(withBlank, Q3, date("2025-10-15"), GroupBy.SEGMENT);
    assertEquals(Set.of(GroupBy.UNASSIGNED), result.groups().keySet());

    Book orphan = Book.ofContracts(List.of(), List.of(f.contract("Y", "2025-01-01", "2025-12-31", usd(1_000))));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> calculator.breakdown(orphan, Q3, date("2025-10-15"), GroupBy.OWNER));
    assertTrue(e.getMessage().contains("account Y") && e.getMessage().contains("owner"), e.getMessage());
  }

  @Test
  void unconfiguredLeadingIndicatorsSayWhy() {
    PeriodMetrics m =
        new PeriodMetricsCalculator(MetricsSettings.defaults(f.zone(), ExchangeRateTable.singleCurrency("EUR")))
            .compute(Book.ofContracts(List.of(), List.of()), Q3, date("2025-10-15"));
    assertEquals("no key feature is configured", m.featureAdoption().reason().orElseThrow());
    assertEquals("no onboarding milestone is configured", m.onboarding().reason().orElseThrow());
    assertFalse(m.timeToFirstValue().isDefined());
    assertFalse(m.lifetimeValue().isDefined());
    assertTrue(m.arrAtEnd().isSameAs(Money.zero("EUR")));
  }

  private Instant at(String local) {
    return LocalDateTime.parse(local).atZone(f.zone()).toInstant();
  }

  private SurveyAnswer answer(String account, SurveyKind kind, int score) {
    return new SurveyAnswer(account + kind + score, account, kind, score, at("2025-08-20T10:00"));
  }

  private FeatureUse use(String account, String feature) {
    return new FeatureUse(account, feature, at("2025-09-01T10:00"));
  }
}
