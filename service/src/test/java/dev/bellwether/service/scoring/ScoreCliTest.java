package dev.bellwether.service.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.cli.BellwetherCli;
import dev.bellwether.service.cli.CliEnvironment;
import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The "done when" on a small demo seed: sync, ingest the seed's signal files, `score`
 * writes health, renewals, reminders and churn risk into devorg over real HTTP; a second run after
 * reading them back sends nothing; `validate-kpis` reports every measure and the backtest.
 */
class ScoreCliTest {

  private static final Pattern RENEWALS = Pattern.compile("renewals: (\\d+) tracked, (\\d+) open");
  private static final Pattern WRITES = Pattern.compile(
      "to the CRM \\(changed only\\): (\\d+) accounts, (\\d+) health snapshots, (\\d+) renewals, (\\d+) reminder tasks");

  @TempDir
  Path work;

  private TestDevOrg devorg;

  @BeforeEach
  void startDevorg() {
    devorg = TestDevOrg.start(DevOrgOptions.builder().seed("demo").accounts(150).dataDir(work.resolve("devorg")));
  }

  @AfterEach
  void stopDevorg() {
    devorg.close();
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void scoreWritesHealthRenewalsRemindersAndRiskIntoTheCrmThenNothingWhenUnchanged(TestDatabase db) throws Exception {
    assertEquals(0, cli(db, "sync", "--once").code(), "sync");
    Path signals = devorg.devorg().signalsDir();
    for (String[] kind : new String[][] {{"usage", "usage.ndjson"}, {"surveys", "surveys.csv"},
        {"invoices", "invoices.csv"}}) {
      AdminFixture.CliResult ingest = cli(db, "ingest", kind[0], signals.resolve(kind[1]).toString());
      assertEquals(0, ingest.code(), ingest.toString());
    }

    AdminFixture.CliResult first = cli(db, "score");
    assertEquals(0, first.code(), first.toString());
    Matcher renewals = find(RENEWALS, first.out());
    Matcher writes = find(WRITES, first.out());
    int tracked = Integer.parseInt(renewals.group(1));
    int snapshots = Integer.parseInt(writes.group(2));
    int reminders = Integer.parseInt(writes.group(4));
    assertTrue(tracked > 0 && snapshots > 0 && reminders > 0, first.out());
    assertTrue(first.out().contains("0 to retry, 0 parked"), first.out());

    // In the CRM: one snapshot per scored account, a renewal per contract end, keyed reminder Tasks.
    assertEquals(snapshots, live("CS_Health__c").size());
    assertEquals(tracked, live("CS_Renewal__c").size());
    assertEquals(reminders, live("Task").stream().filter(t -> t.get("Bellwether_Key__c") != null).count());
    int scored = 0;
    for (StoredRecord account : live("Account")) {
      Object score = account.get("CS_Health_Score__c");
      if (score == null) {
        assertNull(account.get("CS_Health_Band__c"), "no score, no computed band: " + account.id());
        continue;
      }
      scored++;
      double value = new BigDecimal(score.toString()).doubleValue();
      assertTrue(value >= 0 && value <= 100, account.id() + " " + value);
      assertEquals(value < 50 ? "Red" : value < 75 ? "Yellow" : "Green", account.get("CS_Health_Band__c"),
          account.id());
      assertNotNull(account.get("CS_ARR__c"), account.id());
      assertNotNull(account.get("CS_Last_Scored__c"), account.id());
      assertNotNull(account.get("CS_Lifecycle_Stage__c"), account.id());
    }
    assertEquals(snapshots, scored, "every scored account has its first snapshot");
    for (StoredRecord renewal : live("CS_Renewal__c")) {
      assertNotNull(renewal.get("Status__c"), renewal.id());
      assertNotNull(renewal.get("Forecast_Category__c"), renewal.id());
      assertNotNull(renewal.get("OwnerId"), renewal.id());
    }
    try (Store store = Store.open(db.config(), Map.of())) {
      assertEquals(snapshots, store.scoring().snapshots().count(devorg.org().id()));
      assertFalse(store.scoring().churnRisks().all(devorg.org().id()).isEmpty(), "the model scored accounts");
    }

    // Read back what was written, then score again: nothing changed, so nothing is sent.
    assertEquals(0, cli(db, "sync", "--once").code());
    AdminFixture.CliResult second = cli(db, "score");
    assertEquals(0, second.code(), second.toString());
    assertTrue(second.out().contains("0 accounts, 0 health snapshots, 0 renewals, 0 reminder tasks"), second.out());
    assertTrue(second.out().contains("0 sent"), second.out());
    assertTrue(second.out().contains("reused the model trained"), "retrained weekly, not every run: " + second.out());
    assertEquals(tracked, live("CS_Renewal__c").size(), "no duplicate renewals");

    AdminFixture.CliResult kpis = cli(db, "validate-kpis", "--format", "json");
    assertEquals(0, kpis.code(), kpis.toString());
    JsonNode report = new ObjectMapper().readTree(kpis.out());
    assertEquals(13, report.path("kpiValidation").path("measures").size(), kpis.out());
    assertEquals("health_score", report.path("kpiValidation").path("composite").path("feature").asText());
    assertFalse(report.path("kpiValidation").path("compositeVerdict").asText().isBlank());
    assertTrue(report.path("backtest").has("auc") || report.path("backtest").has("notDefined"), kpis.out());

    AdminFixture.CliResult table = cli(db, "validate-kpis");
    assertEquals(0, table.code(), table.toString());
    assertTrue(table.out().contains("health_score") && table.out().contains("backtest"), table.out());
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void scoreWithoutASyncedStoreSaysWhatToRunFirst(TestDatabase db) {
    AdminFixture.CliResult r = cli(db, "score", "--no-push");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("sync --once"), r.err());
  }

  private List<StoredRecord> live(String object) {
    ObjectDef type = devorg.org().schema().object(object).orElseThrow();
    return new ArrayList<>(devorg.org().store().scan(type, false));
  }

  private static Matcher find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertTrue(m.find(), pattern + " in\n" + text);
    return m;
  }

  /** The CLI in-process on the real clock (the seed's "today" is today), against this devorg. */
  private AdminFixture.CliResult cli(TestDatabase db, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(AdminFixture.storeOptions(db));
    if (!args[0].equals("ingest") && !args[0].equals("validate-kpis") && !List.of(args).contains("--no-push")) {
      all.addAll(List.of("--login-url", devorg.url().toString()));
    }
    if (args[0].equals("ingest")) {
      all.addAll(List.of("--org", devorg.org().id()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment process = new CliEnvironment(Map.of(), work, new PrintWriter(out, true), new PrintWriter(err, true),
        false, Clock.systemUTC());
    int code = BellwetherCli.run(process, all.toArray(String[]::new));
    return new AdminFixture.CliResult(code, out.toString(), err.toString());
  }
}
