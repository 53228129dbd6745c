package dev.bellwether.metrics.prediction;

import static dev.bellwether.metrics.prediction.AreaUnderCurveTest.churned;
import static dev.bellwether.metrics.prediction.AreaUnderCurveTest.renewed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  private static final List<ScoredOutcome> EIGHT =
      List.of(
          renewed(0.05), churned(0.15), // 0–20%
          renewed(0.25), renewed(0.20), // 20–40%: 0.20 is on the edge and goes up
          churned(0.45), renewed(0.55), // 40–60%
          churned(0.90), churned(1.00)); // 80–100%: 1 goes to the last bin

  @Test
  void fiveBinsOfMeanPredictedAgainstObservedChurn() {
    List<Calibration.Bin> bins = Calibration.of(EIGHT, 5).bins();
    assertEquals(5, bins.size());
    assertBin(bins.get(0), 0.0, 0.2, 2, 1, 0.10, 0.5);
    assertBin(bins.get(1), 0.2, 0.4, 2, 0, 0.225, 0.0);
    assertBin(bins.get(2), 0.4, 0.6, 2, 1, 0.50, 0.5);
    assertEquals(0, bins.get(3).count());
    assertFalse(bins.get(3).meanPredicted().isPresent());
    assertFalse(bins.get(3).observedRate().isPresent());
    assertBin(bins.get(4), 0.8, 1.0, 2, 2, 0.95, 1.0);
  }

  @Test
  void brierIsTheMeanSquaredErrorOfTheProbabilities() {
    // Squared errors: .0025 + .7225 + .0625 + .04 + .3025 + .3025 + .01 + 0 = 1.4425, over 8.
    assertEquals(1.4425 / 8, BrierScore.of(EIGHT).value(), 1e-12);
    assertEquals(0.0, BrierScore.of(List.of(churned(1), renewed(0))).value());
    // Always predicting the base rate 1/4 scores 1/4 × 3/4.
    assertEquals(
        0.1875,
        BrierScore.of(List.of(churned(0.25), renewed(0.25), renewed(0.25), renewed(0.25))).value(),
        1e-12);
    assertFalse(BrierScore.of(List.of()).isDefined());
  }

  @Test
  void aProbabilityOutsideZeroToOneFails() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Calibration.of(List.of(churned(1.2)), 5));
    assertTrue(e.getMessage().contains("[0, 1]") && e.getMessage().contains("1.2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BrierScore.of(List.of(renewed(-0.1))));
    assertThrows(IllegalArgumentException.class, () -> Calibration.of(EIGHT, 0));
  }

  private static void assertBin(
      Calibration.Bin bin, double lower, double upper, int count, int churned, double meanPredicted, double observed) {
    assertEquals(lower, bin.lower(), 1e-12);
    assertEquals(upper, bin.upper(), 1e-12);
    assertEquals(count, bin.count());
    assertEquals(churned, bin.churned());
    assertEquals(meanPredicted, bin.meanPredicted().orElseThrow(), 1e-12);
    assertEquals(observed, bin.observedRate().orElseThrow(), 1e-12);
  }
}
