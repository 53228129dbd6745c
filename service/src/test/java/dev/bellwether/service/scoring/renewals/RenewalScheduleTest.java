package dev.bellwether.service.scoring.renewals;

import static dev.bellwether.service.scoring.Books.account;
import static dev.bellwether.service.scoring.Books.book;
import static dev.bellwether.service.scoring.Books.contract;
import static dev.bellwether.service.scoring.Books.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bellwether.metrics.renewal.RenewalStatus;
import dev.bellwether.metrics.renewal.RenewalStatusRules;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.OpportunityRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract pricing from opportunities, one renewal per contract end, and its status from the CRM. */
class RenewalScheduleTest {

  // A: a 12-month base term (12,000), a co-termed 6-month add-on (3,000 = 6,000 a year), renewed for
  // 15,000 by a won renewal opportunity that names the base contract; the new term is up next.
  private static final List<ContractRow> CONTRACTS = List.of(
      contract("C1", "A", "2024-01-01", "2024-12-31"),
      contract("C2", "A", "2024-07-01", "2024-12-31"),
      contract("C3", "A", "2025-01-01", "2025-12-31"),
      contract("D1", "B", "2024-03-01", "2025-02-28"));
  private static final List<OpportunityRow> OPPS = List.of(
      won("O1", "A", "C1", "New Business", "2023-12-20", 12_000),
      won("O2", "A", "C2", "Existing Business", "2024-06-25", 3_000),
      won("O3", "A", "C1", "Renewal", "2024-12-10", 15_000),
      won("O4", "B", "D1", "New Business", "2024-02-20", 24_000),
      new OpportunityRow("O5", "B", "D1", "B renewal", "Renewal", "Closed Lost", LocalDate.parse("2025-02-20"),
          BigDecimal.valueOf(24_000), true, false));

  private final CrmBook book = book(List.of(account("A"), account("B")), CONTRACTS, OPPS, Map.of(), Map.of(),
      Map.of());

  @Test
  void aWonRenewalPricesTheTermThatFollowsTheContractItNames() {
    Map<String, BigDecimal> value = new java.util.HashMap<>();
    book.contracts().forEach(c -> value.put(c.id(), c.value()));
    assertEquals(0, BigDecimal.valueOf(12_000).compareTo(value.get("C1")));
    assertEquals(0, BigDecimal.valueOf(3_000).compareTo(value.get("C2")));
    assertEquals(0, BigDecimal.valueOf(15_000).compareTo(value.get("C3")), "priced by the renewal opportunity");
    assertEquals(0, new BigDecimal("6000").compareTo(RenewalSchedule.acv(book.contracts().get(1))),
        "6 months for 3,000 is 6,000 a year");
  }

  @Test
  void coTermedContractsRenewTogetherWithTheirArrAndOpportunity() {
    List<ScheduledRenewal> renewals = RenewalSchedule.of(book);

    assertEquals(List.of("REN-A-2024-12-31", "REN-B-2025-02-28", "REN-A-2025-12-31"),
        renewals.stream().map(ScheduledRenewal::key).toList());
    ScheduledRenewal first = renewals.get(0);
    assertEquals("C1", first.contractId(), "the earliest-starting contract is the base");
    assertEquals(0, BigDecimal.valueOf(18_000).compareTo(first.arrUp()), "12,000 + 6,000");
    assertEquals("O3", first.opportunity().id());
    assertEquals(0, BigDecimal.valueOf(15_000).compareTo(first.followingArr()));
    assertNull(renewals.get(2).opportunity());
    assertNull(renewals.get(2).followingArr());
  }

  @Test
  void statusesFollowTheOpportunitiesAndTheDate() {
    List<RenewalState> states = new RenewalStatuses(RenewalStatusRules.defaults(), "USD")
        .derive(book, RenewalSchedule.of(book), LocalDate.parse("2025-11-01"));

    assertEquals(RenewalStatus.DOWNSOLD, states.get(0).status(), "15,000 renewed against 18,000 up");
    assertEquals(0, BigDecimal.valueOf(15_000).compareTo(states.get(0).renewedArr()));
    assertEquals(RenewalStatus.CHURNED, states.get(1).status(), "a lost renewal opportunity");
    assertEquals(0, BigDecimal.ZERO.compareTo(states.get(1).renewedArr()));
    assertEquals(RenewalStatus.UPCOMING, states.get(2).status(), "due in two months, nothing open");
  }
}
