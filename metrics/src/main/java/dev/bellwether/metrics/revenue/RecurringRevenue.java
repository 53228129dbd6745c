package dev.bellwether.metrics.revenue;

import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * ARR and MRR (domain.md, "Contracts and revenue"): an account's ARR at an instant is the sum of
 * the ACV of its contracts in force then, in the corporate currency; a book's ARR is the sum over
 * its accounts; MRR = ARR ÷ 12.
 */
public final class RecurringRevenue {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private final AnnualContractValue acv;
  private final CurrencyConverter converter;

  public RecurringRevenue(AnnualContractValue acv, CurrencyConverter converter) {
    this.acv = acv;
    this.converter = converter;
  }

  public ZoneId zone() {
    return acv.zone();
  }

  public String currency() {
    return converter.corporateCurrency();
  }

  /**
   * ARR per account at {@code at}, converted at the rates in force on {@code rateDate}; accounts
   * with no contract in force are absent.
   */
  public Map<String, Money> arrByAccount(
      Collection<Contract> contracts, Instant at, LocalDate rateDate) {
    Map<String, Money> arr = new TreeMap<>();
    for (Contract contract : contracts) {
      if (contract.isInForceAt(at)) {
        arr.merge(contract.accountId(), corporateAcv(contract, rateDate), Money::plus);
      }
    }
    return arr;
  }

  /** The contract's ACV in the corporate currency at the rates in force on {@code rateDate}. */
  public Money corporateAcv(Contract contract, LocalDate rateDate) {
    return converter.toCorporate(acv.of(contract), rateDate);
  }

  /** The book's ARR at {@code at}, converted at the rates in force on {@code rateDate}. */
  public Money arr(Collection<Contract> contracts, Instant at, LocalDate rateDate) {
    return arrByAccount(contracts, at, rateDate).values().stream()
        .reduce(Money.zero(currency()), Money::plus);
  }

  /** The book's ARR on {@code date}: contracts in force as the day begins in the org's zone. */
  public Money arrOn(Collection<Contract> contracts, LocalDate date) {
    return arr(contracts, date.atStartOfDay(zone()).toInstant(), date);
  }

  /** MRR = ARR ÷ 12. */
  public static Money mrr(Money arr) {
    return arr.dividedBy(TWELVE);
  }

  /** Accounts with a contract in force at some moment of {@code period} (active in the window). */
  public Set<String> accountsActiveDuring(Collection<Contract> contracts, ReportingPeriod period) {
    Instant from = period.startIn(zone());
    Instant to = period.endIn(zone());
    Set<String> active = new HashSet<>();
    for (Contract contract : contracts) {
      if (contract.overlaps(from, to)) {
        active.add(contract.accountId());
      }
    }
    return active;
  }

  /**
   * The ACV of the contracts that start in {@code period} (new bookings and renewals alike),
   * converted at the rates in force on the period's first day.
   */
  public AcvSummary acvOfContractsStartingIn(Collection<Contract> contracts, ReportingPeriod period) {
    int count = 0;
    Money total = Money.zero(currency());
    for (Contract contract : contracts) {
      if (period.contains(contract.start(), zone())) {
        count++;
        total = total.plus(corporateAcv(contract, period.firstDay()));
      }
    }
    return new AcvSummary(count, total);
  }
}
