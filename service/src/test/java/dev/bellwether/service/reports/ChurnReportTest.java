package dev.bellwether.service.reports;

import static dev.bellwether.service.reports.SampleBook.A2;
import static dev.bellwether.service.reports.SampleBook.A3;
import static dev.bellwether.service.reports.SampleBook.A6;
import static dev.bellwether.service.reports.SampleBook.A7;
import static dev.bellwether.service.reports.SampleBook.AS_OF;
import static dev.bellwether.service.reports.SampleBook.ORG;
import static dev.bellwether.service.reports.SampleBook.SAM_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.metrics.churn.ChurnAnalysis;
import dev.bellwether.metrics.churn.ChurnReason;
import dev.bellwether.metrics.churn.ChurnReasonCode;
import dev.bellwether.metrics.churn.ChurnReasonTaxonomy;
import dev.bellwether.metrics.churn.ChurnedAccount;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.service.scorecards.ScorecardSource;
import dev.bellwether.service.scoring.book.ChurnReasonRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.store.StoredRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The churn report over the hand-made book: reasons, shares, competitors and missing reasons. */
class ChurnReportTest {
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 12, 31);

  private static Reports reports(List<StoredRecord> records) {
    return new Reports(new InMemoryRecords(records), new ScorecardSource(new NoStoredScorecards()),
        new InMemorySignals(), Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
  }

  private static ChurnReport report() throws Exception {
    return reports(SampleBook.records(ORG)).churn(ORG, FROM, TO, AS_OF, ReportSettings.DEFAULTS);
  }

  @Test
  void churnedAccountsAreLapsedOrLostRenewalsInTheRange() throws Exception {
    CrmBook crm = BookAssemblerTest.crm(SampleBook.records(ORG));

    List<ChurnedAccount> churned = ChurnedAccounts.find(crm, BookAssemblerTest.renewals(crm, AS_OF), FROM, TO, AS_OF,
        "USD");

    assertEquals(List.of(
        new ChurnedAccount(A7, "Dana Lee", LocalDate.of(2025, 3, 31), Money.of("24000", "USD")),
        new ChurnedAccount(A6, SAM_NAME, LocalDate.of(2025, 6, 15), Money.of("12000", "USD")),
        new ChurnedAccount(A3, SAM_NAME, LocalDate.of(2025, 8, 31), Money.of("36000", "USD"))),
        churned.stream().map(a -> new ChurnedAccount(a.accountId(), a.owner(), a.churnDate(),
            new Money(a.arrLost().amount().stripTrailingZeros().setScale(0), "USD"))).toList());
  }

  @Test
  void anAccountWhoseArrFellToZeroHasChurnedWhileItsRenewalIsStillInGrace() throws Exception {
    CrmBook crm = BookAssemblerTest.crm(SampleBook.records(ORG));
    LocalDate inGrace = LocalDate.of(2025, 7, 1);
    LocalDate beforeTheEnd = LocalDate.of(2025, 6, 10);

    List<ChurnedAccount> churned = ChurnedAccounts.find(crm, BookAssemblerTest.renewals(crm, inGrace),
        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), inGrace, "USD");
    List<ChurnedAccount> notYet = ChurnedAccounts.find(crm, BookAssemblerTest.renewals(crm, beforeTheEnd),
        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), beforeTheEnd, "USD");

    assertEquals(List.of(A6), churned.stream().map(ChurnedAccount::accountId).toList());
    assertTrue(churned.get(0).arrLost().isSameAs(Money.of("12000", "USD")));
    assertEquals(List.of(), notYet, "its contract has not ended yet");
  }

  @Test
  void analysisCountsEachRecordInTheRangeUnderItsReasonAndSegment() throws Exception {
    ChurnAnalysis a = report().analysis();

    assertEquals(2, a.total().count(), "the 2024 record is outside the range, the undated one left out");
    assertTrue(a.total().arrLost().isSameAs(Money.of("60000", "USD")));
    ChurnReason competitor = ChurnReasonCode.COMPETITOR.reason();
    assertEquals(1, a.cell(competitor, "SMB").orElseThrow().count());
    assertTrue(a.controllableShareByCount().value().isEqualTo(1, 2));
    assertTrue(a.controllableShareByArr().value().isEqualTo(36, 60));
    assertTrue(a.uncontrollableShareByArr().value().isEqualTo(24, 60));
    assertEquals("Rivalsoft", a.topCompetitors(5).get(0).competitor());
  }

  @Test
  void aChurnedAccountWithoutAReasonIsListedForItsOwner() throws Exception {
    ChurnReport report = report();

    assertEquals(1, report.missing().total());
    assertEquals(List.of(A6), report.missing().forOwner(SAM_NAME).stream().map(ChurnedAccount::accountId).toList());
    assertEquals("Fir LLC", report.accountName(A6));
  }

  @Test
  void aRecordWithoutAPrimaryReasonExplainsNothingAndOneWithoutArrLostTakesTheContractsArr() throws Exception {
    List<StoredRecord> records = new ArrayList<>(SampleBook.records(ORG));
    records.removeIf(r -> r.crmId().equals("a0C000000000001AAA"));
    records.add(new StoredRecord(ORG, "CS_Churn_Reason__c", "a0C000000000009AAA", Map.of("Account__c", A6,
        "Churn_Date__c", "2025-06-15", "Controllable__c", true), java.time.Instant.EPOCH, false));
    records.add(new StoredRecord(ORG, "CS_Churn_Reason__c", "a0C000000000010AAA", Map.of("Account__c", A3,
        "Primary_Reason__c", "Product gaps or quality", "Churn_Date__c", "2025-08-31"), java.time.Instant.EPOCH,
        false));

    ChurnReport report = reports(records).churn(ORG, FROM, TO, AS_OF, ReportSettings.DEFAULTS);

    assertEquals(1, report.missing().total(), "A6's record has no reason; A3's has one");
    assertEquals(A6, report.missing().forOwner(SAM_NAME).get(0).accountId());
    assertTrue(report.analysis().cell(ChurnReasonCode.PRODUCT_GAPS.reason(), "SMB").orElseThrow().arrLost()
        .isSameAs(Money.of("36000", "USD")));
    assertTrue(report.notes().stream().anyMatch(n -> n.contains("a0C000000000009AAA") && n.contains(
        "no Primary_Reason__c")), report.notes().toString());
    assertTrue(report.notes().stream().anyMatch(n -> n.contains("a0C000000000010AAA") && n.contains(
        "no ARR_Lost__c: counted with 36,000.00 USD")), report.notes().toString());
    assertTrue(report.notes().stream().anyMatch(n -> n.contains("a0C000000000004AAA") && n.contains(
        "no Churn_Date__c")), report.notes().toString());
  }

  @Test
  void aReasonAnAdminAddedJoinsTheTaxonomyWithItsRecordsControllableFlag() {
    ChurnReasonRow frozen = new ChurnReasonRow("a0C1", null, A2, null, "Budget freeze", "Hiring stop", null,
        BigDecimal.TEN, LocalDate.of(2025, 5, 1), false);
    ChurnReasonRow defaults = new ChurnReasonRow("a0C2", null, A2, null, "price OR budget", null, null,
        BigDecimal.TEN, LocalDate.of(2025, 5, 1), true);

    ChurnReasonTaxonomy taxonomy = ChurnRecords.taxonomy(List.of(frozen, defaults));

    assertEquals(new ChurnReason("Budget freeze", false), taxonomy.reason("budget freeze"));
    assertEquals(new ChurnReason("Hiring stop", true), taxonomy.reason("Hiring stop"));
    assertEquals(ChurnReasonCode.values().length + 2, taxonomy.reasons().size(), "a default in other case is no extra");
  }

  @Test
  void tableShowsTotalsSharesReasonsCompetitorsAndMissingReasonsByOwner() throws Exception {
    String text = ChurnTable.render(report());

    assertTrue(text.startsWith("Churn from 2025-01-01 to 2025-12-31 of org " + ORG + "; as of 2025-10-15, amounts in"
        + " USD\n\nChurned: 2 churns, 60,000.00 ARR lost\n"), text);
    assertTrue(text.contains("Controllable: 1 churn (50.00% of churns), 36,000.00 ARR lost (60.00% of ARR lost)\n"),
        text);
    assertTrue(text.contains("Uncontrollable: 1 churn (50.00% of churns), 24,000.00 ARR lost (40.00% of ARR lost)\n"),
        text);
    assertTrue(text.matches("(?s).*\nMoved to a competitor +yes +SMB +1 +36,000\\.00\n.*"), text);
    assertTrue(text.matches("(?s).*\nAcquired, merged or went out of business +no +SMB +1 +24,000\\.00\n.*"), text);
    assertTrue(text.matches("(?s).*\nRivalsoft +1 +36,000\\.00\n.*"), text);
    assertTrue(text.contains("Churned accounts without a reason: 1 (record one in CS_Churn_Reason__c)\n"
        + SAM_NAME + " (1):\n"), text);
    assertTrue(text.matches("(?s).*\n  Fir LLC +" + A6 + " +2025-06-15 +12,000\\.00\n.*"), text);
    assertTrue(text.contains("Notes:\n  CS_Churn_Reason__c a0C000000000004AAA (account " + A2
        + ") has no Churn_Date__c: left out\n"), text);
  }

  @Test
  void anEmptyRangeSaysWhySharesAreNotDefined() throws Exception {
    ChurnReport report = reports(SampleBook.records(ORG)).churn(ORG, LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 12, 31), AS_OF, ReportSettings.DEFAULTS);

    String text = ChurnTable.render(report);
    JsonNode json = new ObjectMapper().readTree(ChurnJson.of(report, new ObjectMapper()).toString());

    assertTrue(text.contains("Controllable: 0 churns (– (1) of churns), 0.00 ARR lost (– (2) of ARR lost)"), text);
    assertTrue(text.contains("(1) no churn between 2023-01-01 to 2023-12-31\n"), text);
    assertTrue(json.get("controllable").get("shareOfCountPercent").isNull());
    assertEquals("no ARR lost between 2023-01-01 to 2023-12-31",
        json.get("notDefined").get("uncontrollable.shareOfArrPercent").asText());
  }

  @Test
  void jsonListsEveryReasonOfTheTaxonomyAndTheMissingReasonsByOwner() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ChurnJson.of(report(), new ObjectMapper()).toString());

    assertEquals(2, json.get("total").get("count").asInt());
    assertEquals(0, new BigDecimal("60.00").compareTo(
        json.get("controllable").get("shareOfArrPercent").decimalValue()));
    assertEquals(ChurnReasonCode.values().length, json.get("byReason").size());
    JsonNode competitor = json.get("byReason").get(ChurnReasonCode.COMPETITOR.ordinal());
    assertEquals("Moved to a competitor", competitor.get("reason").asText());
    assertEquals(1, competitor.get("segments").get("SMB").get("count").asInt());
    assertFalse(json.get("byReason").get(ChurnReasonCode.PRICE.ordinal()).get("segments").fieldNames().hasNext());
    assertEquals("Rivalsoft", json.get("topCompetitors").get(0).get("competitor").asText());
    JsonNode missing = json.get("missingReasons");
    assertEquals(1, missing.get("total").asInt());
    JsonNode fir = missing.get("byOwner").get(SAM_NAME).get(0);
    assertEquals(A6, fir.get("accountId").asText());
    assertEquals("Fir LLC", fir.get("accountName").asText());
    assertEquals("2025-06-15", fir.get("churnDate").asText());
    assertEquals(1, json.get("notes").size());
  }
}
