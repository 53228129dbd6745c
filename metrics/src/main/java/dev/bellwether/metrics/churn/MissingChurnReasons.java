package dev.bellwether.metrics.churn;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accounts that churned in a date range with no churn reason recorded for them in that range,
 * grouped by owner so each CSM sees what to fill in. An account counts as explained when a churn
 * record of the same account has its churn date in the range.
 *
 * @param byOwner owner (blank ones as "(unassigned)") to that owner's accounts, owners sorted,
 *     accounts by churn date then id
 */
public record MissingChurnReasons(LocalDate from, LocalDate to, Map<String, List<ChurnedAccount>> byOwner) {

  public MissingChurnReasons {
    new ChurnRange(from, to);
    Map<String, List<ChurnedAccount>> copy = new TreeMap<>();
    byOwner.forEach((owner, accounts) -> copy.put(owner, List.copyOf(accounts)));
    byOwner = Collections.unmodifiableMap(copy);
  }

  /** The churned accounts of {@code churned} in the range that no record of {@code recorded} explains. */
  public static MissingChurnReasons of(Collection<ChurnedAccount> churned, Collection<ChurnRecord> recorded,
      LocalDate from, LocalDate to) {
    ChurnRange range = new ChurnRange(from, to);
    Set<String> explained = new HashSet<>();
    for (ChurnRecord r : recorded) {
      if (range.contains(r.churnDate())) {
        explained.add(r.accountId());
      }
    }
    Map<String, List<ChurnedAccount>> byOwner = new TreeMap<>();
    for (ChurnedAccount a : churned) {
      if (range.contains(a.churnDate()) && !explained.contains(a.accountId())) {
        String owner = a.owner().isEmpty() ? GroupBy.UNASSIGNED : a.owner();
        byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(a);
      }
    }
    byOwner.values().forEach(list -> list.sort(
        Comparator.comparing(ChurnedAccount::churnDate).thenComparing(ChurnedAccount::accountId)));
    return new MissingChurnReasons(from, to, byOwner);
  }

  /** Over a reporting period. */
  public static MissingChurnReasons of(Collection<ChurnedAccount> churned, Collection<ChurnRecord> recorded,
      ReportingPeriod period) {
    return of(churned, recorded, period.firstDay(), period.lastDay());
  }

  /** How many churned accounts lack a reason. */
  public int total() {
    return byOwner.values().stream().mapToInt(List::size).sum();
  }

  /** The accounts of one owner that lack a reason; empty when the owner has none. */
  public List<ChurnedAccount> forOwner(String owner) {
    return byOwner.getOrDefault(owner, List.of());
  }
}
