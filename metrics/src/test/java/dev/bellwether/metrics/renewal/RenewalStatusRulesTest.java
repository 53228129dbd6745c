package dev.bellwether.metrics.renewal;

import static dev.bellwether.metrics.Fixtures.date;
import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.renewal.RenewalFacts.NewerContract;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenewalStatusRulesTest {
  private static final LocalDate END = date("2025-09-30");
  private final RenewalStatusRules rules = RenewalStatusRules.defaults();

  @Test
  void farAheadWithNothingOpenIsUpcoming() {
    assertEquals(RenewalStatus.UPCOMING, rules.derive(facts(RenewalOpportunity.none()), date("2025-06-01")));
  }

  @Test
  void anOpenRenewalOpportunityIsInProgressBeforeAndAfterTheDate() {
    assertEquals(RenewalStatus.IN_PROGRESS, rules.derive(facts(RenewalOpportunity.open()), date("2025-06-01")));
    // 60 days late, beyond the 30-day grace: still being worked, so not churned.
    assertEquals(RenewalStatus.IN_PROGRESS, rules.derive(facts(RenewalOpportunity.open()), date("2025-11-29")));
  }

  @Test
  void aWonOpportunityClosesByItsAmountAgainstThePriorArr() {
    LocalDate today = date("2025-09-15");
    assertEquals(RenewalStatus.RENEWED, rules.derive(facts(RenewalOpportunity.won(usd("12000.00"))), today));
    assertEquals(RenewalStatus.UPSOLD, rules.derive(facts(RenewalOpportunity.won(usd(12_001))), today));
    assertEquals(RenewalStatus.DOWNSOLD, rules.derive(facts(RenewalOpportunity.won(usd(9_000))), today));
  }

  @Test
  void aLostOpportunityIsChurnedEvenBeforeTheDate() {
    assertEquals(RenewalStatus.CHURNED, rules.derive(facts(RenewalOpportunity.lost()), date("2025-07-01")));
  }

  @Test
  void aContractStartingTheDayAfterTheEndRenewsWithoutAnOpportunity() {
    RenewalFacts f = facts(RenewalOpportunity.none(),
        new NewerContract(date("2025-10-01"), usd(8_000)), new NewerContract(date("2025-10-01"), usd(6_000)));
    // 8,000 + 6,000 = 14,000 > 12,000.
    assertEquals(RenewalStatus.UPSOLD, rules.derive(f, date("2025-09-20")));
  }

  @Test
  void aContractThatRenewsOutweighsALostOpportunity() {
    RenewalFacts f = facts(RenewalOpportunity.lost(), new NewerContract(date("2025-10-01"), usd(7_000)));
    assertEquals(RenewalStatus.DOWNSOLD, rules.derive(f, date("2025-10-02")));
  }

  @Test
  void contractsStartingBeforeTheDateAfterTheGraceOrWorthNothingAreNoRenewal() {
    RenewalFacts f = facts(RenewalOpportunity.none(),
        new NewerContract(date("2025-09-29"), usd(12_000)),   // an add-on during the term
        new NewerContract(date("2025-11-01"), usd(12_000)),   // 32 days after the end date
        new NewerContract(date("2025-10-01"), usd(0)));       // free access
    assertEquals(RenewalStatus.IN_PROGRESS, rules.derive(f, date("2025-10-15")));
    // The grace runs through 31 October (the day after the end date plus 30 days).
    RenewalFacts late = facts(RenewalOpportunity.none(), new NewerContract(date("2025-10-31"), usd(12_000)));
    assertEquals(RenewalStatus.RENEWED, rules.derive(late, date("2025-11-05")));
  }

  @Test
  void withNothingOpenTheDatePassedIsInProgressThenChurnedAfterTheGrace() {
    RenewalFacts f = facts(RenewalOpportunity.none());
    assertEquals(RenewalStatus.UPCOMING, rules.derive(f, END));
    assertEquals(RenewalStatus.IN_PROGRESS, rules.derive(f, date("2025-10-01")));
    assertEquals(RenewalStatus.IN_PROGRESS, rules.derive(f, date("2025-10-30")));
    assertEquals(RenewalStatus.CHURNED, rules.derive(f, date("2025-10-31")));
    assertEquals(RenewalStatus.CHURNED, new RenewalStatusRules(0).derive(f, date("2025-10-01")));
  }

  @Test
  void aClosedStatusSetByHandIsKeptWhateverTheCrmSays() {
    RenewalFacts f = withHand(facts(RenewalOpportunity.won(usd(20_000))), RenewalStatus.CHURNED);
    assertEquals(RenewalStatus.CHURNED, rules.derive(f, date("2025-09-01")));
    RenewalFacts g = withHand(facts(RenewalOpportunity.none()), RenewalStatus.RENEWED);
    assertEquals(RenewalStatus.RENEWED, rules.derive(g, date("2026-03-01")));
  }

  @Test
  void anOpenStatusSetByHandYieldsToTheCrmButInProgressIsNotUndone() {
    RenewalFacts lost = withHand(facts(RenewalOpportunity.lost()), RenewalStatus.IN_PROGRESS);
    assertEquals(RenewalStatus.CHURNED, rules.derive(lost, date("2025-07-01")));
    RenewalFacts started = withHand(facts(RenewalOpportunity.none()), RenewalStatus.IN_PROGRESS);
    assertEquals(RenewalStatus.IN_PROGRESS, rules.derive(started, date("2025-05-01")));
    RenewalFacts reset = withHand(facts(RenewalOpportunity.none()), RenewalStatus.UPCOMING);
    assertEquals(RenewalStatus.UPCOMING, rules.derive(reset, date("2025-05-01")));
    assertEquals(RenewalStatus.IN_PROGRESS, rules.derive(reset, date("2025-10-05")));
  }

  @Test
  void amountsInAnotherCurrencyAreRefusedWithTheRenewal() {
    RenewalFacts f = facts(RenewalOpportunity.won(Money.of("10000", "EUR")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rules.derive(f, date("2025-09-01")));
    assertEquals("renewal R-1 compares its prior ARR 12000 USD with 10000 EUR;"
        + " convert the renewal amounts to USD first", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RenewalStatusRules(-1));
  }

  @Test
  void statusesAreTheStatusPicklistValuesAndMapToOutcomes() {
    assertEquals(List.of("Upcoming", "In progress", "Renewed", "Downsold", "Upsold", "Churned"),
        Arrays.stream(RenewalStatus.values()).map(RenewalStatus::picklistValue).toList());
    assertEquals(RenewalStatus.IN_PROGRESS, RenewalStatus.fromPicklist(" in progress "));
    assertEquals(RenewalOutcome.DOWNSOLD, RenewalStatus.DOWNSOLD.outcome());
    assertEquals(RenewalOutcome.OPEN, RenewalStatus.UPCOMING.outcome());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RenewalStatus.fromPicklist("Lapsed"));
    assertEquals("renewal status 'Lapsed' is none of Upcoming, In progress, Renewed, Downsold, Upsold,"
        + " Churned (CS_Renewal__c.Status__c)", e.getMessage());
    assertEquals(List.of("Commit", "Best case", "Pipeline", "At risk", "Omitted"),
        Arrays.stream(ForecastCategory.values()).map(ForecastCategory::picklistValue).toList());
    assertEquals(ForecastCategory.AT_RISK, ForecastCategory.fromPicklist("At risk"));
    assertEquals(List.of("Low", "Medium", "High"),
        Arrays.stream(RiskLevel.values()).map(RiskLevel::picklistValue).toList());
    assertEquals(RiskLevel.HIGH, RiskLevel.fromPicklist("high"));
    assertThrows(IllegalArgumentException.class, () -> RiskLevel.fromPicklist("Severe"));
    assertThrows(IllegalArgumentException.class, () -> ForecastCategory.fromPicklist("Maybe"));
  }

  private static RenewalFacts facts(RenewalOpportunity opportunity, NewerContract... newer) {
    return new RenewalFacts("R-1", END, usd(12_000), opportunity, List.of(newer), Optional.empty());
  }

  private static RenewalFacts withHand(RenewalFacts f, RenewalStatus status) {
    return new RenewalFacts(f.renewalId(), f.renewalDate(), f.priorArr(), f.opportunity(),
        f.newerContracts(), Optional.of(status));
  }
}
