package dev.bellwether.service.ingest;

import static dev.bellwether.service.admin.AdminFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.devorg.seed.DemoSeed;
import dev.bellwether.devorg.seed.DemoSeedOptions;
import dev.bellwether.service.admin.AdminFixture;
import dev.bellwether.service.admin.AdminFixture.CliResult;
import dev.bellwether.store.Store;
import dev.bellwether.store.signals.AccountMilestones;
import dev.bellwether.store.signals.DateWindow;
import dev.bellwether.store.signals.InvoiceAggregate;
import dev.bellwether.store.signals.SurveyAggregate;
import dev.bellwether.store.signals.UsageAggregate;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The demo seed's three signal files load with no rejects, and load again as duplicates only. */
class DemoSeedIngestTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path workDir;

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void theSeedsSignalFilesLoadCleanAndAgainAsDuplicates(TestDatabase db) throws Exception {
    Path signals = seed(40);
    Map<String, Long> lines = Map.of(
        "usage", Files.lines(signals.resolve("usage.ndjson")).filter(l -> !l.isBlank()).count(),
        "surveys", Files.lines(signals.resolve("surveys.csv")).count() - 1,
        "invoices", Files.lines(signals.resolve("invoices.csv")).count() - 1);

    for (String[] kindAndFile : new String[][] {{"usage", "usage.ndjson"}, {"surveys", "surveys.csv"},
        {"invoices", "invoices.csv"}}) {
      String kind = kindAndFile[0];
      String file = signals.resolve(kindAndFile[1]).toString();
      JsonNode first = total(AdminFixture.cli(db, workDir, Map.of(), "ingest", kind, file, "--org", ORG, "--json"));
      JsonNode again = total(AdminFixture.cli(db, workDir, Map.of(), "ingest", kind, file, "--org", ORG, "--json"));

      long expected = lines.get(kind);
      assertTrue(expected > 20, kind + " has " + expected + " lines");
      assertEquals(List.of(expected, expected, 0L, 0L, 0L), counts(first), kind);
      assertEquals(List.of(expected, 0L, 0L, expected, 0L), counts(again), kind);
    }

    Store store = db.store();
    List<UsageAggregate> usage = new ArrayList<>();
    store.signals().usage().usageByAccount(ORG, DateWindow.before(TODAY, 28), usage::add);
    List<AccountMilestones> milestones = new ArrayList<>();
    store.signals().usage().milestonesByAccount(ORG, TODAY, milestones::add);
    List<SurveyAggregate> surveys = new ArrayList<>();
    store.signals().surveys().surveysByAccount(ORG, DateWindow.before(TODAY, 3 * 365), surveys::add);
    List<InvoiceAggregate> invoices = new ArrayList<>();
    store.signals().invoices().invoicesByAccount(ORG, TODAY, invoices::add);
    assertTrue(!usage.isEmpty() && usage.stream().allMatch(u -> u.events() > 0 && u.licensedSeats() != null), 
        usage.toString());
    assertTrue(milestones.stream().allMatch(m -> m.firstDay("first_login").isPresent()), milestones.toString());
    assertTrue(surveys.stream().mapToInt(s -> s.npsAnswers() + s.csatAnswers()).sum() == lines.get("surveys"));
    assertTrue(invoices.stream().mapToInt(InvoiceAggregate::invoices).sum() == lines.get("invoices"));
  }

  /** A small demo book's signal files; the CRM side goes to a sink that only hands out ids. */
  private Path seed(int accounts) throws Exception {
    Path dir = workDir.resolve("signals");
    AtomicInteger next = new AtomicInteger();
    new DemoSeed(new DemoSeedOptions(7, accounts, TODAY)).writeTo((type, fields) ->
        String.format("%-3.3s%015d", type, next.incrementAndGet()), dir);
    return dir;
  }

  private static JsonNode total(CliResult result) throws Exception {
    assertEquals(0, result.code(), result.toString());
    return MAPPER.readTree(result.out()).get("total");
  }

  private static List<Long> counts(JsonNode total) {
    return List.of(total.get("read").asLong(), total.get("accepted").asLong(), total.get("updated").asLong(),
        total.get("duplicates").asLong(), total.get("rejected").asLong());
  }
}
