package dev.bellwether.service.scoring;

import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.ContractPricing;
import dev.bellwether.service.scoring.book.CaseRow;
import dev.bellwether.service.scoring.book.ContactRow;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.OpportunityRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made CRM books for the scoring tests. */
public final class Books {

  private Books() {}

  public static AccountRow account(String id) {
    return new AccountRow(id, "Account " + id, "005OWNER", "SMB", null, Map.of());
  }

  public static ContractRow contract(String id, String account, String start, String end) {
    return new ContractRow(id, account, "005OWNER", "Activated", LocalDate.parse(start), LocalDate.parse(end), null);
  }

  public static OpportunityRow won(String id, String account, String contract, String type, String closeDate,
      long amount) {
    return new OpportunityRow(id, account, contract, "Opp " + id, type, "Closed Won", LocalDate.parse(closeDate),
        BigDecimal.valueOf(amount), true, true);
  }

  public static CrmBook book(List<AccountRow> accounts, List<ContractRow> contracts, List<OpportunityRow> opps,
      Map<String, List<CaseRow>> cases, Map<String, List<LocalDate>> engagement,
      Map<String, List<ContactRow>> champions) {
    Map<String, AccountRow> byId = new LinkedHashMap<>();
    accounts.forEach(a -> byId.put(a.id(), a));
    return new CrmBook(byId, ContractPricing.price(contracts, opps), opps, cases, engagement, champions, Map.of(),
        List.of(), Map.of("005OWNER", "Kim Owner"));
  }
}
