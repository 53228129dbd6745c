package dev.bellwether.service.reports;

import dev.bellwether.metrics.churn.ChurnedAccount;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.renewal.RenewalStatus;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.renewals.RenewalSchedule;
import dev.bellwether.service.scoring.renewals.RenewalState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The accounts that churned in a range of days, as the CRM's facts show it whether or not anyone
 * recorded why: a renewal due in the range whose status is Churned, or an account whose ARR fell
 * to 0 (its activated, priced contracts ended on a day in the range, before the day judged on,
 * and none was in force the day after). The churn date is the last day of the ended term; ARR
 * lost is the renewal's ARR up, or the ARR in force on that day.
 */
final class ChurnedAccounts {

  private ChurnedAccounts() {}

  static List<ChurnedAccount> find(CrmBook crm, List<RenewalState> renewals, LocalDate from, LocalDate to,
      LocalDate asOf, String currency) {
    Map<String, ChurnedAccount> found = new LinkedHashMap<>();
    for (RenewalState s : renewals) {
      LocalDate day = s.renewal().renewalDate();
      AccountRow account = crm.accounts().get(s.renewal().accountId());
      if (s.status() == RenewalStatus.CHURNED && account != null && within(day, from, to)) {
        found.put(account.id() + "|" + day, new ChurnedAccount(account.id(), crm.ownerName(account.ownerId()), day,
            new Money(s.renewal().arrUp(), currency)));
      }
    }
    Map<String, List<ContractRow>> byAccount = new HashMap<>();
    for (ContractRow c : crm.contracts()) {
      if (c.activated() && c.value() != null && c.start() != null && c.end() != null && !c.end().isBefore(c.start())
          && crm.accounts().containsKey(c.accountId())) {
        byAccount.computeIfAbsent(c.accountId(), k -> new ArrayList<>()).add(c);
      }
    }
    byAccount.forEach((accountId, contracts) -> {
      AccountRow account = crm.accounts().get(accountId);
      TreeSet<LocalDate> ends = new TreeSet<>();
      contracts.forEach(c -> ends.add(c.end()));
      for (LocalDate end : ends.subSet(from, true, to, true)) {
        if (!end.isBefore(asOf) || inForce(contracts, end.plusDays(1)) || found.containsKey(accountId + "|" + end)) {
          continue;
        }
        BigDecimal arr = contracts.stream().filter(c -> covers(c, end)).map(RenewalSchedule::acv)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        found.put(accountId + "|" + end, new ChurnedAccount(accountId, crm.ownerName(account.ownerId()), end,
            new Money(arr, currency)));
      }
    });
    List<ChurnedAccount> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparing(ChurnedAccount::churnDate).thenComparing(ChurnedAccount::accountId));
    return out;
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static boolean inForce(List<ContractRow> contracts, LocalDate day) {
    return contracts.stream().anyMatch(c -> covers(c, day));
  }

  private static boolean covers(ContractRow c, LocalDate day) {
    return !c.start().isAfter(day) && !c.end().isBefore(day);
  }
}
