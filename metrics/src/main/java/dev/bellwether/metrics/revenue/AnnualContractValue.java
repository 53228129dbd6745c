package dev.bellwether.metrics.revenue;

import dev.bellwether.metrics.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * ACV = TCV ÷ term in years (domain.md, "Contracts and revenue"): a 3-year contract worth 90,000
 * has ACV 30,000, a 3-month one worth 9,000 has ACV 36,000.
 *
 * <p>The term is measured on the org's wall clock: whole calendar months, plus any remainder as a
 * share of a 365-day year, so calendar-aligned terms (the usual case) annualise exactly whatever
 * the month lengths, leap days or daylight-saving shifts.
 */
public final class AnnualContractValue {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal SECONDS_PER_MONTH_OF_365_DAY_YEAR =
      BigDecimal.valueOf(365L * 24 * 3600).divide(TWELVE);

  private final ZoneId zone;

  public AnnualContractValue(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public ZoneId zone() {
    return zone;
  }

  /** The contract's ACV, in the contract's currency. */
  public Money of(Contract contract) {
    return contract.tcv().times(TWELVE).dividedBy(termInMonths(contract));
  }

  /** The contract's term in months: whole calendar months plus the remainder's share of a month. */
  public BigDecimal termInMonths(Contract contract) {
    LocalDateTime start = LocalDateTime.ofInstant(contract.start(), zone);
    LocalDateTime end = LocalDateTime.ofInstant(contract.end(), zone);
    long wholeMonths = ChronoUnit.MONTHS.between(start, end);
    Duration remainder = Duration.between(start.plusMonths(wholeMonths), end);
    BigDecimal term =
        BigDecimal.valueOf(wholeMonths)
            .add(
                BigDecimal.valueOf(remainder.getSeconds())
                    .divide(SECONDS_PER_MONTH_OF_365_DAY_YEAR, Money.PRECISION));
    if (term.signum() <= 0) {
      // Possible only when a daylight-saving fall-back makes the local end precede the start.
      throw new IllegalArgumentException(
          "contract " + contract.contractId() + " of account " + contract.accountId()
              + " has no length on the wall clock of " + zone);
    }
    return term;
  }
}
