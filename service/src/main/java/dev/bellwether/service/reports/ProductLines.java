package dev.bellwether.service.reports;

import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.OpportunityRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The product line of each contract, which tells cross-sell from upsell. A contract sold by a won
 * add-on deal ("Existing Business") is the add-on's line: the text after {@value #EXPANSION_MARKER}
 * in the deal's name, as the CRM's expansion deals are named, else {@value #UNNAMED_ADD_ON}. A
 * contract a won renewal prices continues the line of the contract it renews, so renewing an
 * add-on is never counted as selling it again. Every other contract is {@value #CORE}.
 */
final class ProductLines {
  static final String CORE = "core";
  static final String UNNAMED_ADD_ON = "add-on";
  static final String EXPANSION_MARKER = "Expansion: ";
  static final String ADD_ON_TYPE = "Existing Business";

  private ProductLines() {}

  /** Contract id to product line, for every contract of the book. */
  static Map<String, String> of(CrmBook book) {
    Map<String, ContractRow> byId = new HashMap<>();
    book.contracts().forEach(c -> byId.put(c.id(), c));
    Map<String, String> sold = new HashMap<>();
    for (OpportunityRow o : book.opportunities()) {
      if (o.won() && !o.renewal() && o.contractId() != null && byId.containsKey(o.contractId())) {
        String line = addOnLine(o);
        // An add-on deal names the line; a new-business deal on the same contract does not override it.
        sold.merge(o.contractId(), line, (a, b) -> a.equals(CORE) ? b : a);
      }
    }
    Map<String, String> renews = renewedContracts(book, byId, sold);
    Map<String, String> lines = new HashMap<>();
    List<ContractRow> byStart = book.contracts().stream()
        .sorted(Comparator.comparing(ContractRow::start, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
    for (ContractRow c : byStart) {
      String line = sold.get(c.id());
      if (line == null) {
        String renewed = renews.get(c.id());
        line = renewed == null ? CORE : lines.getOrDefault(renewed, CORE);
      }
      lines.put(c.id(), line);
    }
    return lines;
  }

  /** The line a won non-renewal deal sells. */
  static String addOnLine(OpportunityRow o) {
    if (o.type() == null || !ADD_ON_TYPE.equalsIgnoreCase(o.type().strip())) {
      return CORE;
    }
    String name = o.name() == null ? "" : o.name();
    int at = name.indexOf(EXPANSION_MARKER);
    String line = at < 0 ? "" : name.substring(at + EXPANSION_MARKER.length()).strip();
    return line.isEmpty() ? UNNAMED_ADD_ON : line;
  }

  /**
   * Renewed term to the contract it renews, found as the CRM's pricing finds it: a won renewal
   * naming contract X prices the account's activated contract that starts the day after X ends
   * and that no sale priced.
   */
  private static Map<String, String> renewedContracts(CrmBook book, Map<String, ContractRow> byId,
      Map<String, String> sold) {
    Map<String, List<ContractRow>> byAccountAndStart = new HashMap<>();
    for (ContractRow c : book.contracts()) {
      if (c.activated() && c.start() != null && !sold.containsKey(c.id())) {
        byAccountAndStart.computeIfAbsent(c.accountId() + "|" + c.start(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, String> renews = new HashMap<>();
    for (OpportunityRow o : book.opportunities()) {
      ContractRow renewed = o.won() && o.renewal() && o.contractId() != null ? byId.get(o.contractId()) : null;
      if (renewed == null || renewed.end() == null) {
        continue;
      }
      for (ContractRow next : byAccountAndStart.getOrDefault(renewed.accountId() + "|" + renewed.end().plusDays(1),
          List.of())) {
        if (!renews.containsKey(next.id())) {
          renews.put(next.id(), renewed.id());
          break;
        }
      }
    }
    return renews;
  }
}
