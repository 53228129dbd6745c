package dev.bellwether.metrics.retention;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.revenue.Contract;
import dev.bellwether.metrics.revenue.RecurringRevenue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out each account's movement between two instants from its contracts.
 *
 * <p>Both ends are converted at the rates in force on one date, so exchange-rate moves never show
 * as expansion or contraction (constant currency).
 */
public final class AccountMovements {

  private final RecurringRevenue revenue;

  public AccountMovements(RecurringRevenue revenue) {
    this.revenue = revenue;
  }

  /**
   * Movements over {@code period}: ARR at its first instant against ARR at the first instant after
   * it, in the org's zone, at the rates in force on its first day. A contract whose last day is
   * the period's last day has ended by then; a renewal starting the next day is in force.
   */
  public List<AccountMovement> over(Collection<Contract> contracts, ReportingPeriod period) {
    return between(
        contracts, period.startIn(revenue.zone()), period.endIn(revenue.zone()), period.firstDay());
  }

  /** Movements from {@code from} to {@code to}, converted at the rates in force on {@code rateDate}. */
  public List<AccountMovement> between(
      Collection<Contract> contracts, Instant from, Instant to, LocalDate rateDate) {
    Map<String, Money> startArr = revenue.arrByAccount(contracts, from, rateDate);
    Map<String, Money> endArr = revenue.arrByAccount(contracts, to, rateDate);
    Map<String, Set<String>> linesAtStart = new HashMap<>();
    List<Contract> inForceAtEnd = new ArrayList<>();
    for (Contract contract : contracts) {
      if (contract.isInForceAt(from)) {
        linesAtStart.computeIfAbsent(contract.accountId(), a -> new HashSet<>()).add(contract.productLine());
      }
      if (contract.isInForceAt(to)) {
        inForceAtEnd.add(contract);
      }
    }
    Map<String, Money> addedLineArr = new HashMap<>();
    for (Contract contract : inForceAtEnd) {
      if (!linesAtStart.getOrDefault(contract.accountId(), Set.of()).contains(contract.productLine())) {
        addedLineArr.merge(
            contract.accountId(), revenue.corporateAcv(contract, rateDate), Money::plus);
      }
    }
    Money zero = Money.zero(revenue.currency());
    Set<String> accounts = new TreeSet<>(startArr.keySet());
    accounts.addAll(endArr.keySet());
    List<AccountMovement> movements = new ArrayList<>(accounts.size());
    for (String account : accounts) {
      movements.add(
          new AccountMovement(
              account,
              startArr.getOrDefault(account, zero),
              endArr.getOrDefault(account, zero),
              addedLineArr.getOrDefault(account, zero)));
    }
    return movements;
  }
}
