package dev.bellwether.metrics.prediction;

import static dev.bellwether.metrics.prediction.AreaUnderCurveTest.churned;
import static dev.bellwether.metrics.prediction.AreaUnderCurveTest.renewed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskiestShareTest {

  @Test
  void precisionInTheRiskiestTenthOfTwentyWithBaseRateAndLift() {
    // 20 renewals, risks 0.95 down to 0.00 by 0.05; churned: the riskiest, the third, the 7th and
    // the 15th. The riskiest 10% are the top 2: one churned → precision 1/2. Base rate 4/20 = 0.2,
    // lift 0.5 / 0.2 = 2.5.
    List<ScoredOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      double risk = (19 - i) * 0.05;
      outcomes.add(i == 0 || i == 2 || i == 6 || i == 14 ? churned(risk) : renewed(risk));
    }
    RiskiestShare top = RiskiestShare.of(outcomes, 0.10).value();
    assertEquals(2, top.count());
    assertEquals(1.0, top.churnedInShare(), 1e-12);
    assertEquals(0.5, top.precision(), 1e-12);
    assertEquals(0.2, top.baseRate(), 1e-12);
    assertEquals(2.5, top.lift().value(), 1e-12);
  }

  @Test
  void tiesAtTheCutShareTheRemainingPlaces() {
    // 20 renewals, top 2 places: one churned at 0.9, then three tied at 0.8 of which one churned
    // for the one place left: 1 + 1/3 expected churned, precision (4/3) / 2 = 2/3.
    List<ScoredOutcome> outcomes = new ArrayList<>(List.of(churned(0.9), renewed(0.8), churned(0.8), renewed(0.8)));
    for (int i = 0; i < 16; i++) {
      outcomes.add(i < 2 ? churned(0.1) : renewed(0.1));
    }
    RiskiestShare top = RiskiestShare.of(outcomes, 0.10).value();
    assertEquals(4.0 / 3, top.churnedInShare(), 1e-12);
    assertEquals(2.0 / 3, top.precision(), 1e-12);
    assertEquals(4.0 / 20, top.baseRate(), 1e-12);
    assertEquals((2.0 / 3) / 0.2, top.lift().value(), 1e-12);
  }

  @Test
  void theShareRoundsUpAndKeepsAtLeastOne() {
    List<ScoredOutcome> thirty = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      thirty.add(renewed(i));
    }
    // 0.1 × 30 is 3.0000000000000004 in binary; the share still holds 3, not 4.
    assertEquals(3, RiskiestShare.of(thirty, 0.10).value().count());
    assertEquals(2, RiskiestShare.of(thirty.subList(0, 15), 0.10).value().count());
    assertEquals(1, RiskiestShare.of(thirty.subList(0, 4), 0.10).value().count());
  }

  @Test
  void noChurnLeavesLiftNotDefinedAndBadInputsFail() {
    RiskiestShare top = RiskiestShare.of(List.of(renewed(0.3), renewed(0.2)), 0.5).value();
    assertEquals(0.0, top.precision());
    assertFalse(top.lift().isDefined());
    assertEquals("no renewal to rank", RiskiestShare.of(List.of(), 0.1).reason().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> RiskiestShare.of(List.of(renewed(1)), 0));
    assertThrows(IllegalArgumentException.class, () -> RiskiestShare.of(List.of(renewed(1)), 1.5));
  }
}
