package dev.bellwether.service.reports;

import static dev.bellwether.service.reports.SampleBook.A1;
import static dev.bellwether.service.reports.SampleBook.A6;
import static dev.bellwether.service.reports.SampleBook.ORG;
import static dev.bellwether.service.reports.SampleBook.SAM_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.admin.AdminFixture.CliResult;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.signals.SurveyAnswer;
import dev.bellwether.store.signals.SurveyType;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** {@code bellwether metrics} and {@code bellwether churn} run in-process over a store, on H2 and PostgreSQL. */
class ReportsCliTest {
  static final String OTHER_ORG = "00D000000000002EAA";

  @TempDir
  Path workDir;

  /** The sample book with four NPS answers of Acme in July 2025, in the store's signal tables. */
  static void sampleStore(Store store, String org) throws Exception {
    SampleBook.write(store, org);
    List<SurveyAnswer> answers = new ArrayList<>();
    int[] scores = {10, 9, 6, 8};
    for (int i = 0; i < scores.length; i++) {
      answers.add(new SurveyAnswer("nps-" + i, A1, null, SurveyType.NPS, scores[i],
          Instant.parse("2025-07-10T12:00:00Z"), null));
    }
    store.transactions().inTransaction(tx -> store.signals().surveys().write(tx, org, answers));
  }

  private CliResult cli(TestDatabase db, String... args) {
    return AdminFixture.cli(db, workDir, Map.of(), args);
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void metricsByOwnerPrintsAnAlignedTableWithAColumnPerOwner(TestDatabase db) throws Exception {
    sampleStore(db.store(), ORG);

    CliResult result = cli(db, "metrics", "--period", "2025-Q3", "--by", "owner", "--as-of", "2025-10-15");

    assertEquals(0, result.code(), result.toString());
    List<String> lines = result.out().lines().toList();
    assertEquals("Metrics for 2025-Q3 (2025-07-01 to 2025-09-30) of org " + ORG + ", by owner; as of 2025-10-15,"
        + " amounts in USD, days in UTC", lines.get(0));
    assertTrue(lines.get(2).matches("Metric +Whole book +Dana Lee +Park, Sam"), lines.get(2));
    assertTrue(result.out().matches("(?s).*\nGross revenue retention \\(GRR\\) +80\\.95% +93\\.75% +40\\.00%\n.*"),
        result.out());
    assertTrue(result.out().matches("(?s).*\nNet revenue retention \\(NRR\\) +97\\.62% +109\\.38% +60\\.00%\n.*"),
        result.out());
    assertTrue(result.out().matches("(?s).*\nLogo churn +25\\.00% +0\\.00% +50\\.00%\n.*"), result.out());
    assertTrue(result.out().matches("(?s).*\nNPS +25\\.0 +25\\.0 +– \\((\\d+)\\)\n.*"), result.out());
    assertTrue(result.out().contains(") no NPS answer\n"), result.out());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void metricsAsCsvAndAsJson(TestDatabase db) throws Exception {
    sampleStore(db.store(), ORG);

    CliResult csv = cli(db, "metrics", "--period", "2025-Q3", "--format", "csv", "--as-of", "2025-10-15");
    CliResult json = cli(db, "metrics", "--period", "2025-Q3", "--by", "segment", "--format", "json",
        "--as-of", "2025-10-15");

    assertEquals(0, csv.code(), csv.toString());
    assertTrue(csv.out().startsWith("metric,label,unit,Whole book\r\narrStart,ARR at start,USD,252000.00\r\n"),
        csv.out());
    assertTrue(csv.out().contains("\r\nrenewalRateByArr,Renewal rate by ARR,percent,90.00\r\n"), csv.out());
    assertEquals(0, json.code(), json.toString());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals(ORG, root.get("orgId").asText());
    assertEquals("80.95", root.get("book").get("values").get("grr").asText());
    assertEquals("66.67", root.get("book").get("values").get("renewalRateByCount").asText());
    assertEquals("no NPS answer", root.get("groups").get("Mid-Market").get("notDefined").get("nps").asText());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aBadPeriodGroupOrFormatNamesTheFormsExpected(TestDatabase db) {
    CliResult quarter = cli(db, "metrics", "--period", "2025-Q5");
    CliResult none = cli(db, "metrics");
    CliResult by = cli(db, "metrics", "--period", "2025-07", "--by", "region");
    CliResult format = cli(db, "churn", "--format", "csv");
    CliResult range = cli(db, "churn", "--from", "2025-06-01", "--to", "2025-05-31");

    assertEquals(2, quarter.code());
    assertEquals("metrics: --period: period '2025-Q5' is not a year (2025), a quarter (2025-Q3) or a month"
        + " (2025-07)\n", quarter.err());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("--period is required: a year (2025), a quarter (2025-Q3) or a month (2025-07)"),
        none.err());
    assertEquals(2, by.code());
    assertTrue(by.err().contains("--by: cannot group by 'region'; use segment or owner"), by.err());
    assertEquals(2, format.code());
    assertTrue(format.err().contains("churn: --format: 'csv' is not one of table, json"), format.err());
    assertEquals(2, range.code());
    assertTrue(range.err().contains("--to (2025-05-31) is before --from (2025-06-01)"), range.err());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void severalOrgsNeedOrgAndAnEmptyStoreSaysSo(TestDatabase db) throws Exception {
    CliResult empty = cli(db, "metrics", "--period", "2025-Q3");
    sampleStore(db.store(), ORG);
    SampleBook.write(db.store(), OTHER_ORG);

    CliResult ambiguous = cli(db, "metrics", "--period", "2025-Q3");
    CliResult chosen = cli(db, "metrics", "--period", "2025-Q3", "--org", OTHER_ORG, "--as-of", "2025-10-15",
        "--format", "json");

    assertEquals(2, empty.code());
    assertTrue(empty.err().contains("no org has synced into"), empty.err());
    assertEquals(2, ambiguous.code());
    assertTrue(ambiguous.err().contains("several orgs are served here"), ambiguous.err());
    assertEquals(0, chosen.code(), chosen.toString());
    JsonNode root = new ObjectMapper().readTree(chosen.out());
    assertEquals(OTHER_ORG, root.get("orgId").asText());
    assertEquals("no NPS answer", root.get("book").get("notDefined").get("nps").asText(),
        "the answers belong to the first org");
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void churnListsReasonsAndTheChurnedAccountsWithoutOneForTheirOwner(TestDatabase db) throws Exception {
    sampleStore(db.store(), ORG);

    CliResult table = cli(db, "churn", "--from", "2025-01-01", "--to", "2025-12-31", "--as-of", "2025-10-15");
    CliResult json = cli(db, "churn", "--as-of", "2025-10-15", "--format", "json");

    assertEquals(0, table.code(), table.toString());
    assertTrue(table.out().contains("Churned: 2 churns, 60,000.00 ARR lost\n"), table.out());
    assertTrue(table.out().contains("Controllable: 1 churn (50.00% of churns), 36,000.00 ARR lost (60.00% of ARR"
        + " lost)\n"), table.out());
    assertTrue(table.out().contains("Churned accounts without a reason: 1 (record one in CS_Churn_Reason__c)\n"
        + SAM_NAME + " (1):\n"), table.out());
    assertTrue(table.out().matches("(?s).*\n  Fir LLC +" + A6 + " +2025-06-15 +12,000\\.00\n.*"), table.out());
    assertEquals(0, json.code(), json.toString());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals("2024-10-16", root.get("from").asText(), "twelve months up to the as-of day");
    assertEquals("2025-10-15", root.get("to").asText());
    assertEquals(A6, root.get("missingReasons").get("byOwner").get(SAM_NAME).get(0).get("accountId").asText());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void zoneAndCurrencyAreTheOrgsToChooseAndShownInTheHeading(TestDatabase db) throws Exception {
    sampleStore(db.store(), ORG);

    CliResult result = cli(db, "metrics", "--period", "2025-Q3", "--zone", "Europe/Berlin", "--currency", "eur",
        "--as-of", "2025-10-15");

    assertEquals(0, result.code(), result.toString());
    assertTrue(result.out().startsWith("Metrics for 2025-Q3 (2025-07-01 to 2025-09-30) of org " + ORG + "; as of"
        + " 2025-10-15, amounts in EUR, days in Europe/Berlin\n"), result.out());
    assertTrue(result.out().matches("(?s).*\nARR at start +252,000\\.00\n.*"), result.out());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void recordsTheMetricsRefuseFailTheRunNamingTheContract(TestDatabase db) throws Exception {
    Store store = db.store();
    sampleStore(store, ORG);
    store.transactions().inTransaction(tx -> store.records().upsert(tx, List.of(new StoredRecord(ORG, "Opportunity",
        "006000000000099AAA", Map.of("AccountId", A1, "ContractId", "800000000000001AAA", "Name", "Credit note",
            "Type", "Existing Business", "Amount", new BigDecimal("-500000"), "IsClosed", true, "IsWon", true),
        Instant.parse("2025-10-01T00:00:00Z"), false))));

    CliResult result = cli(db, "metrics", "--period", "2025-Q3", "--as-of", "2025-10-15");

    assertEquals(1, result.code(), result.toString());
    // The renewal of the credited term is the first record to refuse it, naming the account.
    assertTrue(result.err().startsWith("metrics: the org's records cannot be reported: renewal REN-" + A1
        + "-2025-09-30 has a negative prior ARR"), result.err());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void scorecardsThatNoLongerValidateAreNamed(TestDatabase db) throws Exception {
    sampleStore(db.store(), ORG);
    db.store().scorecards().save(ORG, "scorecards: not a list", "an old release");

    CliResult result = cli(db, "metrics", "--period", "2025-Q3");

    assertEquals(2, result.code(), result.toString());
    assertTrue(result.err().startsWith("metrics: the scorecards of org " + ORG + " no longer validate"),
        result.err());
  }
}
