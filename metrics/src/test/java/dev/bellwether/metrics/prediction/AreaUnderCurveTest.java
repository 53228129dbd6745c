package dev.bellwether.metrics.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AreaUnderCurveTest {

  @Test
  void countsWonPairsWithATieAsOneHalf() {
    // 4 churned × 3 renewed = 12 pairs. Churned 0.9 and 0.7 beat all 3 renewed (6); 0.5 beats 0.1,
    // ties 0.5 and loses to 0.6 (1.5); 0.3 beats 0.1 (1). AUC = 8.5 / 12.
    List<ScoredOutcome> outcomes =
        List.of(churned(0.9), churned(0.7), churned(0.5), churned(0.3), renewed(0.6), renewed(0.5), renewed(0.1));
    assertEquals(8.5 / 12, AreaUnderCurve.of(outcomes).value(), 1e-12);
  }

  @Test
  void allTiedIsACoinAndOneOutcomeIsNotDefined() {
    assertEquals(0.5, AreaUnderCurve.of(List.of(churned(3), renewed(3), renewed(3))).value(), 1e-12);
    assertEquals(
        "AUC needs churned and renewed renewals, had 2 churned and 0 renewed",
        AreaUnderCurve.of(List.of(churned(1), churned(2))).reason().orElseThrow());
    assertFalse(AreaUnderCurve.of(List.of()).isDefined());
  }

  @Test
  void aRiskScoreMustBeFinite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> churned(Double.NaN));
    assertTrue(e.getMessage().contains("finite"), e.getMessage());
  }

  @Property(tries = 300)
  void aucLiesBetweenZeroAndOne(@ForAll("bothOutcomes") List<ScoredOutcome> outcomes) {
    double auc = AreaUnderCurve.of(outcomes).value();
    assertTrue(auc >= 0 && auc <= 1, "AUC " + auc);
  }

  @Property(tries = 300)
  void negatingTheScoreMirrorsTheAuc(@ForAll("bothOutcomes") List<ScoredOutcome> outcomes) {
    List<ScoredOutcome> negated =
        outcomes.stream().map(o -> new ScoredOutcome(-o.risk(), o.churned())).toList();
    assertEquals(1 - AreaUnderCurve.of(outcomes).value(), AreaUnderCurve.of(negated).value(), 1e-9);
  }

  @Property(tries = 200)
  void perfectSeparationScoresOne(@ForAll("bothOutcomes") List<ScoredOutcome> outcomes) {
    // Every churned renewal scored above every renewed one, whatever the spread within each side.
    List<ScoredOutcome> separated = new ArrayList<>();
    for (ScoredOutcome o : outcomes) {
      separated.add(new ScoredOutcome(o.churned() ? 100 + o.risk() : o.risk() - 100, o.churned()));
    }
    assertEquals(1.0, AreaUnderCurve.of(separated).value(), 1e-12);
  }

  @Provide
  Arbitrary<List<ScoredOutcome>> bothOutcomes() {
    // Scores from a small range, so ties are common.
    Arbitrary<ScoredOutcome> one =
        Combinators.combine(Arbitraries.integers().between(-5, 5), Arbitraries.of(true, false))
            .as((score, churned) -> new ScoredOutcome(score / 2.0, churned));
    return one.list().ofMinSize(2).ofMaxSize(60)
        .filter(l -> l.stream().anyMatch(ScoredOutcome::churned) && l.stream().anyMatch(o -> !o.churned()));
  }

  static ScoredOutcome churned(double risk) {
    return new ScoredOutcome(risk, true);
  }

  static ScoredOutcome renewed(double risk) {
    return new ScoredOutcome(risk, false);
  }
}
