package dev.bellwether.service.scoring.book;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each contract its total value from the opportunities, since a standard Salesforce
 * Contract carries no amount.
 *
 * <p>A won opportunity that is not a renewal (new business, an add-on) prices the contract its
 * ContractId names. A won renewal names the contract it renews, so its amount prices the
 * account's activated contract that starts the day after the renewed one ends (the renewed term).
 * A contract no opportunity prices stays unpriced and counts for no ARR.
 */
public final class ContractPricing {

  private ContractPricing() {}

  /** The contracts with the value their opportunities give each. */
  public static List<ContractRow> price(List<ContractRow> contracts, List<OpportunityRow> opportunities) {
    Map<String, ContractRow> byId = new HashMap<>();
    Map<String, List<ContractRow>> byAccountAndStart = new HashMap<>();
    for (ContractRow c : contracts) {
      byId.put(c.id(), c);
      if (c.start() != null) {
        byAccountAndStart.computeIfAbsent(c.accountId() + "|" + c.start(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, BigDecimal> value = new HashMap<>();
    List<OpportunityRow> renewals = new ArrayList<>();
    for (OpportunityRow o : opportunities) {
      if (!o.won() || o.contractId() == null || o.amount() == null || !byId.containsKey(o.contractId())) {
        continue;
      }
      if (o.renewal()) {
        renewals.add(o);
      } else {
        value.merge(o.contractId(), o.amount(), BigDecimal::add);
      }
    }
    for (OpportunityRow o : renewals) {
      ContractRow renewed = byId.get(o.contractId());
      if (renewed.end() == null) {
        continue;
      }
      LocalDate nextStart = renewed.end().plusDays(1);
      for (ContractRow next : byAccountAndStart.getOrDefault(renewed.accountId() + "|" + nextStart, List.of())) {
        if (next.activated() && !value.containsKey(next.id())) {
          value.put(next.id(), o.amount());
          break;
        }
      }
    }
    List<ContractRow> out = new ArrayList<>(contracts.size());
    for (ContractRow c : contracts) {
      out.add(c.withValue(value.get(c.id())));
    }
    return out;
  }
}
