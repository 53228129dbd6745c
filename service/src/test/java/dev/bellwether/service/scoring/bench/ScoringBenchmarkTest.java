package dev.bellwether.service.scoring.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.prediction.TrainingResult;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring benchmark at a tiny scale: its book and inputs are what it says, and both runs work on them. */
class ScoringBenchmarkTest {
  private static final BenchSizes TINY = BenchSizes.scaled(0.003);

  @Test
  void tinyRunIngestsEverythingTrainsTheModelAndQueuesLittleTheSecondTime(@TempDir Path dir) throws Exception {
    Path store = Files.createDirectory(dir.resolve("store"));
    BenchFigures f = new ScoringBenchmark(TINY, dir, false).run(StoreConfig.embedded(store), store);

    assertEquals(300, f.records().get("Account"));
    long contracts = f.records().get("Contract");
    assertTrue(contracts >= 300 && contracts <= 600, "about 1.5 contracts per account: " + contracts);
    assertEquals(900 + 3, f.records().get("Case"), "the book's cases and one per 1% of the accounts between runs");
    assertEquals(30_000, f.usageEvents().summary().accepted());
    for (BenchFigures.Ingest i : f.ingests()) {
      assertEquals(0, i.summary().rejected(), i.what() + " lines rejected");
      assertTrue(i.summary().accepted() > 0, i.what() + " stored nothing");
    }
    BenchFigures.Run first = f.runs().get(0);
    BenchFigures.Run second = f.runs().get(1);
    assertEquals(300, first.accounts());
    assertTrue(first.scored() > 200, "customers with a score: " + first.scored());
    assertInstanceOf(TrainingResult.Trained.class, first.training());
    assertTrue(first.outboxQueued() > 300, "run 1 queues every account and more: " + first.outboxQueued());
    // After the CRM's echo the second run finds the renewals it wrote and queues only what the new cases changed.
    assertTrue(second.outboxQueued() > 0, "the new cases change some scores");
    assertTrue(second.outboxQueued() * 10 < first.outboxQueued(),
        "run 2 queues little: " + second.outboxQueued() + " against " + first.outboxQueued());
    assertTrue(second.writes().renewalsChanged() * 10 < first.writes().renewalsChanged(),
        "renewals rewritten by run 2: " + second.writes().renewalsChanged());

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    f.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("- ingest >= 200,000 events/s: "), text);
    assertTrue(text.contains("| churn model "), text);
    assertTrue(text.contains("- scoring heap <= 1 GB: "), text);
  }

  @Test
  void analyseOnlyRunsEveryStageButTheWriteBackAndQueuesNothing(@TempDir Path dir) throws Exception {
    Path store = Files.createDirectory(dir.resolve("store"));
    BenchFigures f = new ScoringBenchmark(BenchSizes.scaled(0.001), dir, true).run(StoreConfig.embedded(store), store);

    assertEquals(2, f.runs().size(), "the first analysis trains the model, the second reuses it");
    for (BenchFigures.Run analysis : f.runs()) {
      assertEquals(100, analysis.accounts());
      assertTrue(analysis.stages().containsKey("churn model"), analysis.stages().toString());
      assertFalse(analysis.stages().containsKey("write-back"), analysis.stages().toString());
      assertNull(analysis.writes());
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    f.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("- scoring <= 30 s, analysis, model trained (no write-back)"), text);
    assertTrue(text.contains("- scoring <= 30 s, analysis, model reused (no write-back)"), text);
  }

  @Test
  void sameSizeGivesTheSameBookAndTheSameInputs(@TempDir Path dir) throws Exception {
    List<BenchAccount> a = book(dir.resolve("a"));
    List<BenchAccount> b = book(dir.resolve("b"));
    assertEquals(a, b);
    LocalDate today = LocalDate.ofInstant(ScoringBenchmark.NOW, ZoneOffset.UTC);
    SignalFiles.Inputs x = SignalFiles.cached(dir.resolve("a"), TINY, a, today);
    SignalFiles.Inputs y = SignalFiles.cached(dir.resolve("b"), TINY, b, today);
    for (Map.Entry<Path, Path> pair : Map.of(x.usageEvents(), y.usageEvents(), x.usageExtras(), y.usageExtras(),
        x.usageHistory(), y.usageHistory(), x.surveys(), y.surveys(), x.invoices(), y.invoices()).entrySet()) {
      assertArrayEquals(Files.readAllBytes(pair.getKey()), Files.readAllBytes(pair.getValue()),
          pair.getKey().toString());
    }
    assertEquals(30_000, Files.readAllLines(x.usageEvents()).size());
    assertEquals(150, Files.readAllLines(x.surveys()).size());
  }

  @Test
  void weightedPickDrawsInProportionAndNeverAZeroWeight() {
    WeightedPick<String> pick = new WeightedPick<>(List.of("a", "never", "b"), s -> switch (s) {
      case "a" -> 1.0;
      case "b" -> 3.0;
      default -> 0.0;
    });
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    int b = 0;
    for (int i = 0; i < 40_000; i++) {
      String s = pick.next(random);
      assertFalse(s.equals("never"));
      b += s.equals("b") ? 1 : 0;
    }
    assertTrue(Math.abs(b / 40_000.0 - 0.75) < 0.01, "share of b: " + b / 40_000.0);
  }

  private static List<BenchAccount> book(Path data) throws Exception {
    Files.createDirectories(data);
    try (Store store = Store.open(StoreConfig.embedded(data.resolve("store")), Map.of())) {
      return new BenchBook(store, ScoringBenchmark.ORG, ScoringBenchmark.NOW, TINY).write();
    }
  }
}
