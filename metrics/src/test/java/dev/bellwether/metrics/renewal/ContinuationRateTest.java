package dev.bellwether.metrics.renewal;

import static dev.bellwether.metrics.Fixtures.date;
import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.Ratio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContinuationRateTest {

  private static final ReportingPeriod COHORT = ReportingPeriod.quarter(2024, 1);

  @Test
  void shareOfTheCohortThatRenewedAtLeastOnce() {
    List<AccountProfile> profiles =
        List.of(
            AccountProfile.customer("X", "SMB", "ann", date("2024-01-15")),
            AccountProfile.customer("Y", "SMB", "ann", date("2024-02-01")),
            AccountProfile.customer("Z", "Enterprise", "bob", date("2024-03-31")),
            AccountProfile.customer("W", "SMB", "bob", date("2024-04-01")),
            new AccountProfile("P", "SMB", "bob", Optional.empty()));
    List<Renewal> renewals =
        List.of(
            renewed("X", "2025-01-14", RenewalOutcome.RENEWED),
            Renewal.churned("y1", "Y", date("2025-01-31"), usd(100), usd(100)),
            renewed("Z", "2025-03-30", RenewalOutcome.DOWNSOLD),
            renewed("Z", "2026-03-30", RenewalOutcome.UPSOLD),
            renewed("W", "2025-03-31", RenewalOutcome.RENEWED));
    // Cohort Q1 2024: X, Y, Z; X and Z renewed (a downsell is a renewal), Y churned.
    ContinuationRate rate = ContinuationRate.of(profiles, renewals, COHORT);
    assertEquals(3, rate.cohortAccounts());
    assertEquals(2, rate.renewedAccounts());
    assertTrue(rate.rate().value().isEqualTo(2, 3));
    assertFalse(ContinuationRate.of(profiles, renewals, ReportingPeriod.year(2020)).rate().isDefined());
  }

  @Property(tries = 200)
  void staysBetweenZeroAndOneAndIgnoresAccountsOutsideTheCohort(
      @ForAll("customerSince") List<LocalDate> since, @ForAll("renewedFlags") List<Boolean> renewedFlags) {
    List<AccountProfile> profiles = new ArrayList<>();
    List<Renewal> renewals = new ArrayList<>();
    for (int i = 0; i < since.size(); i++) {
      profiles.add(AccountProfile.customer("A" + i, "SMB", "ann", since.get(i)));
      if (renewedFlags.get(i % renewedFlags.size())) {
        renewals.add(renewed("A" + i, since.get(i).plusYears(1).toString(), RenewalOutcome.RENEWED));
      }
    }
    ContinuationRate rate = ContinuationRate.of(profiles, renewals, COHORT);
    if (rate.cohortAccounts() > 0) {
      Ratio r = rate.rate().value();
      assertTrue(r.numerator().signum() >= 0 && r.numerator().compareTo(r.denominator()) <= 0);
    }
    List<AccountProfile> more = new ArrayList<>(profiles);
    List<Renewal> moreRenewals = new ArrayList<>(renewals);
    more.add(AccountProfile.customer("LATE", "SMB", "ann", date("2024-06-01")));
    moreRenewals.add(renewed("LATE", "2025-06-01", RenewalOutcome.RENEWED));
    assertEquals(rate, ContinuationRate.of(more, moreRenewals, COHORT));
  }

  @Provide
  Arbitrary<List<LocalDate>> customerSince() {
    return Arbitraries.integers().between(0, 360).map(d -> LocalDate.of(2023, 11, 1).plusDays(d)).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Boolean>> renewedFlags() {
    return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(10);
  }

  private static Renewal renewed(String account, String due, RenewalOutcome outcome) {
    return new Renewal(account + due, account, date(due), usd(100), outcome, usd(90), usd(100), usd(90));
  }
}
