package dev.bellwether.service.scoring.renewals;

import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.OpportunityRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the renewals of a book: per account, every day on which activated, priced contracts end
 * is one renewal (co-termed add-ons end with their base term, so they join its renewal). A renewal
 * opportunity belongs to the renewal whose contracts include the one its ContractId names.
 */
public final class RenewalSchedule {

  private RenewalSchedule() {}

  /** The external id of the renewal of {@code accountId}'s contracts ending on {@code day}. */
  public static String key(String accountId, LocalDate day) {
    return "REN-" + accountId + "-" + day;
  }

  /** Annual value of a contract: its value over its term in years (whole months, at least one). */
  public static BigDecimal acv(ContractRow contract) {
    long months = Math.max(1, ChronoUnit.MONTHS.between(contract.start(), contract.end().plusDays(1)));
    return contract.value().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(months), MathContext.DECIMAL64);
  }

  public static List<ScheduledRenewal> of(CrmBook book) {
    Map<String, TreeMap<LocalDate, List<ContractRow>>> endings = new HashMap<>();
    Map<String, List<ContractRow>> startsByAccount = new HashMap<>();
    Map<String, LocalDate> endOfContract = new HashMap<>();
    for (ContractRow c : book.contracts()) {
      if (!c.activated() || c.value() == null || c.start() == null || c.end() == null || c.end().isBefore(c.start())) {
        continue;
      }
      endings.computeIfAbsent(c.accountId(), k -> new TreeMap<>()).computeIfAbsent(c.end(), k -> new ArrayList<>())
          .add(c);
      startsByAccount.computeIfAbsent(c.accountId(), k -> new ArrayList<>()).add(c);
      endOfContract.put(c.id(), c.end());
    }
    Map<String, OpportunityRow> opportunityByRenewal = new HashMap<>();
    for (OpportunityRow o : book.opportunities()) {
      LocalDate end = o.contractId() == null ? null : endOfContract.get(o.contractId());
      if (o.renewal() && end != null) {
        opportunityByRenewal.merge(key(o.accountId(), end), o, RenewalSchedule::later);
      }
    }
    List<ScheduledRenewal> out = new ArrayList<>();
    for (Map.Entry<String, TreeMap<LocalDate, List<ContractRow>>> account : endings.entrySet()) {
      AccountRow row = book.accounts().get(account.getKey());
      if (row == null) {
        continue;
      }
      for (Map.Entry<LocalDate, List<ContractRow>> end : account.getValue().entrySet()) {
        List<ContractRow> ending = end.getValue();
        BigDecimal arr = ending.stream().map(RenewalSchedule::acv).reduce(BigDecimal.ZERO, BigDecimal::add);
        ContractRow base = ending.stream().min(Comparator.comparing(ContractRow::start).thenComparing(ContractRow::id))
            .orElseThrow();
        String key = key(row.id(), end.getKey());
        out.add(new ScheduledRenewal(key, row.id(), row.ownerId(), base.id(), end.getKey(), arr,
            opportunityByRenewal.get(key), followingArr(startsByAccount.get(row.id()), end.getKey().plusDays(1))));
      }
    }
    out.sort(Comparator.comparing(ScheduledRenewal::renewalDate).thenComparing(ScheduledRenewal::key));
    return out;
  }

  /** ARR of the contracts starting on the day after a term ends: the renewed term. */
  private static BigDecimal followingArr(List<ContractRow> contracts, LocalDate day) {
    BigDecimal arr = null;
    for (ContractRow c : contracts) {
      if (c.start().equals(day)) {
        arr = (arr == null ? BigDecimal.ZERO : arr).add(acv(c));
      }
    }
    return arr;
  }

  /** Of two renewal opportunities for one term, the later-closing one is the current deal. */
  private static OpportunityRow later(OpportunityRow a, OpportunityRow b) {
    if (a.closeDate() == null) {
      return b;
    }
    if (b.closeDate() == null) {
      return a;
    }
    return b.closeDate().isAfter(a.closeDate()) ? b : a;
  }
}
