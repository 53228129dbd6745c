package dev.bellwether.metrics.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.result.MetricValue;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BacktestTest {

  // Small minimums, so hand-sized histories train.
  private final ChurnModelTrainer lenient = new ChurnModelTrainer(1.0, 4, 1, 1, 100);

  @Test
  void trainsOnTheEarliestSeventyPercentAndNeverSplitsADate() {
    // Ten renewals on days 0..9, except that R8 falls on day 6 with R7. ⌊0.7 × 10⌋ = 7: the cut
    // date is the 8th renewal's date, day 6, so R7 and R8 both go to the test and 6 renewals train.
    Renewals r = new Renewals();
    int[] days = {0, 1, 2, 3, 4, 5, 6, 6, 8, 9};
    for (int i = 0; i < days.length; i++) {
      r.add(days[i], i % 3 == 0, "usage", i % 3 == 0 ? 10 + i : 60 + i);
    }
    BacktestReport report = new Backtest(lenient).run(r.list()).value();
    assertEquals(Renewals.FIRST_DAY.plusDays(6), report.cutDate());
    assertEquals(new BacktestReport.Counts(6, 2), report.train());
    assertEquals(new BacktestReport.Counts(4, 2), report.test());
    assertEquals(0, report.leftOutInGap());
    assertEquals(List.of("R7", "R8", "R9", "R10"),
        report.predictions().stream().map(BacktestReport.HeldOutPrediction::renewalId).toList());
    assertEquals(6, report.model().trainedRenewals());
    // Low usage churned in training and in the test: the held-out churners (R7, R10) rank first.
    assertEquals(1.0, report.auc().value(), 1e-12);
    assertEquals(1, report.riskiestTenth().value().count());
    assertEquals(1.0, report.riskiestTenth().value().precision(), 1e-12);
    assertEquals(2.0, report.riskiestTenth().value().lift().value(), 1e-12);
    assertEquals(4, report.calibration().bins().stream().mapToInt(Calibration.Bin::count).sum());
    assertTrue(report.brierScore().value() < 0.25);
  }

  @Test
  void aGapKeepsRenewalsJustBeforeTheCutOutOfBothSets() {
    Renewals r = new Renewals();
    for (int i = 0; i < 10; i++) {
      r.add(i * 10, i % 2 == 0, "usage", i % 2 == 0 ? 20 + i : 70 + i);
    }
    // Cut at the 8th renewal, day 70; a 25-day gap trains only on renewals due before day 45.
    BacktestReport report = new Backtest(lenient, 0.7, 25).run(r.list()).value();
    assertEquals(Renewals.FIRST_DAY.plusDays(70), report.cutDate());
    assertEquals(new BacktestReport.Counts(5, 3), report.train());
    assertEquals(new BacktestReport.Counts(3, 1), report.test());
    assertEquals(2, report.leftOutInGap());
  }

  @Test
  void tooLittleTrainingHistoryIsNotDefinedWithTheReason() {
    Renewals r = new Renewals();
    for (int i = 0; i < 20; i++) {
      r.add(i, i % 4 == 0, "usage", i);
    }
    MetricValue<BacktestReport> result = new Backtest(new ChurnModelTrainer()).run(r.list());
    LocalDate cut = Renewals.FIRST_DAY.plusDays(14);
    assertEquals(
        "training on renewals due before " + cut
            + ": not enough history: 14 renewals, 4 churned; at least 20 renewals and 5 churned needed",
        result.reason().orElseThrow());
    assertEquals("no labeled renewal to backtest on", new Backtest(lenient).run(List.of()).reason().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> new Backtest(lenient, 1.0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Backtest(lenient, 0.7, -1));
  }

  @Property(tries = 25)
  void aSeparableSignalIsFoundAndExplainedFirst(
      @ForAll long seed, @ForAll @IntRange(min = 80, max = 200) int count) {
    List<LabeledRenewal> history = Renewals.separable(seed, count);
    BacktestReport report = new Backtest(new ChurnModelTrainer()).run(history).value();
    assertTrue(report.auc().value() > 0.9, "test AUC " + report.auc().value());
    ChurnRiskModel model = report.model();
    ModelTerm signal = model.terms().stream().filter(t -> t.feature().equals("signal")).findFirst().orElseThrow();
    for (LabeledRenewal r : history) {
      // Accounts a standard deviation or more from the average are where the signal must lead.
      if (Math.abs(signal.standardised(r.features())) >= 1) {
        assertEquals("signal", model.explain(r.features()).top(1).get(0).feature(), "renewal " + r.renewalId());
      }
    }
  }
}
