package dev.bellwether.service.scoring.renewals;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.renewal.RenewalFacts;
import dev.bellwether.metrics.renewal.RenewalOpportunity;
import dev.bellwether.metrics.renewal.RenewalStatus;
import dev.bellwether.metrics.renewal.RenewalStatusRules;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.OpportunityRow;
import dev.bellwether.service.scoring.book.RenewalRecordRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Gives each scheduled renewal its status by {@link RenewalStatusRules}, from the CRM's renewal
 * opportunity, the account's later contracts and a closed status a person set on the
 * CS_Renewal__c record.
 *
 * <p>A status counts as set by hand when the stored record holds a closed status the CRM's facts
 * alone would not give; Bellwether's own writes always equal what the facts gave, so they never
 * count as a person's.
 */
public final class RenewalStatuses {

  private final RenewalStatusRules rules;
  private final String currency;

  public RenewalStatuses(RenewalStatusRules rules, String currency) {
    this.rules = rules;
    this.currency = currency;
  }

  public List<RenewalState> derive(CrmBook book, List<ScheduledRenewal> renewals, LocalDate today) {
    Map<String, TreeMap<LocalDate, BigDecimal>> startsByAccount = new HashMap<>();
    for (ContractRow c : book.contracts()) {
      if (c.activated() && c.value() != null && c.start() != null && c.end() != null) {
        startsByAccount.computeIfAbsent(c.accountId(), k -> new TreeMap<>())
            .merge(c.start(), RenewalSchedule.acv(c), BigDecimal::add);
      }
    }
    List<RenewalState> out = new ArrayList<>(renewals.size());
    for (ScheduledRenewal r : renewals) {
      List<RenewalFacts.NewerContract> newer = new ArrayList<>();
      startsByAccount.getOrDefault(r.accountId(), new TreeMap<>()).tailMap(r.renewalDate(), false)
          .forEach((start, arr) -> newer.add(new RenewalFacts.NewerContract(start, money(arr))));
      RenewalOpportunity opportunity = opportunity(r);
      RenewalStatus fromFacts = rules.derive(new RenewalFacts(r.key(), r.renewalDate(), money(r.arrUp()), opportunity,
          newer, Optional.empty()), today);
      RenewalRecordRow stored = book.renewalRecords().get(r.key());
      Optional<RenewalStatus> byHand = storedStatus(stored).filter(s -> s.isClosed() && s != fromFacts);
      RenewalStatus status = byHand.isEmpty() ? fromFacts : rules.derive(new RenewalFacts(r.key(), r.renewalDate(),
          money(r.arrUp()), opportunity, newer, byHand), today);
      out.add(new RenewalState(r, status, renewedArr(r, status, stored), Optional.empty()));
    }
    return out;
  }

  private RenewalOpportunity opportunity(ScheduledRenewal r) {
    OpportunityRow o = r.opportunity();
    if (o == null) {
      return new RenewalOpportunity.None();
    }
    if (!o.closed()) {
      return new RenewalOpportunity.Open();
    }
    if (!o.won()) {
      return new RenewalOpportunity.Lost();
    }
    // The following term's ARR is the renewal's annual amount; without a priced contract the
    // opportunity's amount is taken as one year's.
    BigDecimal arr = r.followingArr() != null ? r.followingArr() : o.amount() == null ? r.arrUp() : o.amount();
    return new RenewalOpportunity.Won(money(arr));
  }

  private static BigDecimal renewedArr(ScheduledRenewal r, RenewalStatus status, RenewalRecordRow stored) {
    if (!status.outcome().isRenewed()) {
      return BigDecimal.ZERO;
    }
    if (r.followingArr() != null) {
      return r.followingArr();
    }
    if (stored != null && stored.renewedArr() != null) {
      return stored.renewedArr();
    }
    return r.opportunity() != null && r.opportunity().amount() != null ? r.opportunity().amount() : r.arrUp();
  }

  private static Optional<RenewalStatus> storedStatus(RenewalRecordRow stored) {
    if (stored == null || stored.status() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(RenewalStatus.fromPicklist(stored.status()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, currency);
  }
}
