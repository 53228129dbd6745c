package dev.bellwether.devorg.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An account's commercial history: its contracts and opportunities over the three years.
 *
 * @param customerSince start of the first contract; null for a prospect
 * @param churnDate first day without a contract after a lost renewal; null if never churned
 * @param churnReason why it churned; null if it did not
 */
record AccountHistory(
    List<PlannedContract> contracts,
    List<PlannedOpportunity> opportunities,
    LocalDate customerSince,
    LocalDate churnDate,
    ChurnReason churnReason) {

  AccountHistory {
    contracts = List.copyOf(contracts);
    opportunities = List.copyOf(opportunities);
  }

  boolean customer() {
    return customerSince != null;
  }

  boolean churned() {
    return churnDate != null;
  }

  /** ARR on a day: the summed ACV of the activated contracts covering it. */
  double acvOn(LocalDate day) {
    double acv = 0;
    for (PlannedContract contract : contracts) {
      if (contract.covers(day)) {
        acv += contract.acv().doubleValue();
      }
    }
    return acv;
  }

  boolean activeOn(LocalDate day) {
    return acvOn(day) > 0;
  }

  /** The renewal dates: end of every activated base term, past or future. */
  List<LocalDate> termEnds() {
    List<LocalDate> ends = new ArrayList<>();
    for (PlannedContract contract : contracts) {
      if (contract.activated() && !contract.expansion()) {
        ends.add(contract.endExclusive());
      }
    }
    return ends;
  }

  /** The day after the last day this account could have produced activity. */
  LocalDate activeUntil(LocalDate today) {
    return churnDate != null && churnDate.isBefore(today) ? churnDate : today;
  }
}
