package dev.bellwether.devorg.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.devorg.seed.InMemorySink.Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commercial story read back from the records: sales, renewals, churn. */
class BookHistoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static SeedRun run;
  private static Map<String, List<Row>> oppsByAccount;
  private static Map<String, List<Row>> contractsByAccount;

  @BeforeAll
  static void seed(@TempDir Path dir) throws IOException {
    run = SeedRun.of(11, 1000, TODAY, dir);
    oppsByAccount = run.rows("Opportunity").stream()
        .collect(Collectors.groupingBy(o -> o.string("AccountId")));
    contractsByAccount = run.rows("Contract").stream()
        .collect(Collectors.groupingBy(c -> c.string("AccountId")));
  }

  @Test
  void annualLogoChurnIsBetweenFiveAndTwentyPercent() {
    // Domain definition: of the accounts with ARR at the start of the year, the share with
    // none at the end. Checked for each of the last two years.
    for (int yearsAgo = 1; yearsAgo <= 2; yearsAgo++) {
      LocalDate start = TODAY.minusYears(yearsAgo);
      LocalDate end = start.plusYears(1).minusDays(1);
      Set<String> atStart = run.activeOn(start);
      Set<String> atEnd = run.activeOn(end);
      long churned = atStart.stream().filter(a -> !atEnd.contains(a)).count();
      double churn = churned / (double) atStart.size();
      assertTrue(atStart.size() > 200, "too few customers to measure: " + atStart.size());
      assertTrue(churn >= 0.05 && churn <= 0.20,
          "logo churn " + churn + " in the year from " + start);
    }
  }

  @Test
  void smbChurnsMoreThanEnterprise() {
    Map<String, Row> accounts = run.accountsById();
    Map<String, int[]> customersAndChurned = new HashMap<>();
    Set<String> churned = run.churnDates().keySet();
    for (String id : contractsByAccount.keySet()) {
      int[] counts = customersAndChurned.computeIfAbsent(
          SeedRun.segment(accounts.get(id)), s -> new int[2]);
      counts[0]++;
      counts[1] += churned.contains(id) ? 1 : 0;
    }
    double smb = rate(customersAndChurned.get("SMB"));
    double enterprise = rate(customersAndChurned.get("Enterprise"));
    assertTrue(smb > enterprise, "SMB " + smb + " vs Enterprise " + enterprise);
  }

  @Test
  void everyCustomerStartsWithOneWonNewBusinessDealAndAnActivatedContract() {
    for (Row account : run.rows("Account")) {
      List<Row> opps = oppsByAccount.getOrDefault(account.id(), List.of());
      List<Row> won = opps.stream().filter(o -> "New Business".equals(o.get("Type"))
          && "Closed Won".equals(o.get("StageName"))).toList();
      if ("Prospect".equals(account.get("Type"))) {
        assertEquals(0, won.size());
        assertTrue(contractsByAccount.getOrDefault(account.id(), List.of()).isEmpty());
        assertTrue(opps.stream().anyMatch(o -> isOpen(o) && o.get("ContractId") == null
            && ((LocalDate) o.get("CloseDate")).isAfter(TODAY)), "prospect without open deal");
        continue;
      }
      assertTrue(((String) account.get("Type")).startsWith("Customer - "), account.string("Name"));
      assertEquals(1, won.size(), account.string("Name"));
      Row first = run.sink.byId(won.get(0).string("ContractId"));
      assertEquals("Activated", first.get("Status"));
      LocalDate start = (LocalDate) first.get("StartDate");
      assertTrue(!start.isBefore(TODAY.minusYears(3)) && start.isBefore(TODAY), "start " + start);
    }
  }

  @Test
  void newBusinessAcvFallsInTheSegmentRange() {
    Map<String, Row> accounts = run.accountsById();
    // ACV = TCV / term in years; the brief's ranges per segment.
    Map<String, long[]> ranges = Map.of("SMB", new long[] {5_000, 30_000},
        "Mid-Market", new long[] {30_000, 150_000}, "Enterprise", new long[] {150_000, 1_200_000});
    for (Row opp : run.rows("Opportunity")) {
      if ("New Business".equals(opp.get("Type")) && "Closed Won".equals(opp.get("StageName"))) {
        Row contract = run.sink.byId(opp.string("ContractId"));
        double acv = ((BigDecimal) opp.get("Amount")).doubleValue() * 12
            / (Integer) contract.get("ContractTerm");
        long[] range = ranges.get(SeedRun.segment(accounts.get(opp.string("AccountId"))));
        assertTrue(acv >= range[0] && acv <= range[1], opp.string("Name") + " ACV " + acv);
      }
    }
  }

  @Test
  void wonRenewalsStartANewContractTheDayTheRenewedOneEnds() {
    int renewals = 0;
    for (Row opp : run.rows("Opportunity")) {
      if (!"Renewal".equals(opp.get("Type")) || !"Closed Won".equals(opp.get("StageName"))) {
        continue;
      }
      Row renewed = run.sink.byId(opp.string("ContractId"));
      LocalDate end = SeedRun.endExclusive(renewed);
      Row next = contractsByAccount.get(opp.string("AccountId")).stream()
          .filter(c -> end.equals(c.get("StartDate")) && "Activated".equals(c.get("Status")))
          .findFirst().orElse(null);
      assertNotNull(next, "no contract continues " + opp.string("Name"));
      BigDecimal tcv = (BigDecimal) opp.get("Amount");
      assertTrue(tcv.signum() > 0);
      renewals++;
    }
    assertTrue(renewals > 300, "renewals " + renewals);
  }

  @Test
  void openRenewalsCoverContractsEndingInTheNext120Days() {
    List<LocalDate> ends = new ArrayList<>();
    for (Row opp : run.rows("Opportunity")) {
      if ("Renewal".equals(opp.get("Type")) && isOpen(opp)) {
        LocalDate end = SeedRun.endExclusive(run.sink.byId(opp.string("ContractId")));
        assertTrue(end.isAfter(TODAY) && !end.isAfter(TODAY.plusDays(120)), "ends " + end);
        ends.add(end);
      }
    }
    // Every activated base term ending in the window has exactly one open renewal.
    Set<Object> addOnContracts = run.rows("Opportunity").stream()
        .filter(o -> "Existing Business".equals(o.get("Type")))
        .map(o -> o.get("ContractId")).collect(Collectors.toSet());
    long due = run.rows("Contract").stream()
        .filter(c -> "Activated".equals(c.get("Status")) && !addOnContracts.contains(c.id()))
        .map(SeedRun::endExclusive)
        .filter(end -> end.isAfter(TODAY) && !end.isAfter(TODAY.plusDays(120)))
        .count();
    assertEquals(due, ends.size());
    assertTrue(ends.size() > 20, "open renewals " + ends.size());
  }

  @Test
  void expansionContractsAreCoTermedWithABaseContract() {
    int expansions = 0;
    for (Row opp : run.rows("Opportunity")) {
      if ("Existing Business".equals(opp.get("Type")) && opp.get("ContractId") != null) {
        Row addOn = run.sink.byId(opp.string("ContractId"));
        LocalDate end = SeedRun.endExclusive(addOn);
        boolean coTermed = contractsByAccount.get(opp.string("AccountId")).stream()
            .anyMatch(c -> c != addOn && end.equals(SeedRun.endExclusive(c)));
        assertTrue(coTermed, opp.string("Name"));
        expansions++;
      }
    }
    assertTrue(expansions > 50, "expansions " + expansions);
  }

  @Test
  void churnedAccountsHaveALostRenewalWithAReasonAndKeepTheirCustomerType() {
    Map<String, LocalDate> churned = run.churnDates();
    assertTrue(churned.size() > 50, "churned " + churned.size());
    for (Map.Entry<String, LocalDate> e : churned.entrySet()) {
      Row account = run.sink.byId(e.getKey());
      assertTrue(((String) account.get("Type")).startsWith("Customer - "));
      assertTrue(!e.getValue().isAfter(TODAY), "churned in the future: " + e.getValue());
      Row lost = oppsByAccount.get(e.getKey()).stream()
          .filter(o -> "Closed Lost".equals(o.get("StageName")) && "Renewal".equals(o.get("Type")))
          .findFirst().orElseThrow();
      assertTrue(lost.string("Description").startsWith("Churned. Reason: "));
    }
  }

  private static boolean isOpen(Row opp) {
    return !((String) opp.get("StageName")).startsWith("Closed");
  }

  private static double rate(int[] counts) {
    return counts[1] / (double) counts[0];
  }
}
