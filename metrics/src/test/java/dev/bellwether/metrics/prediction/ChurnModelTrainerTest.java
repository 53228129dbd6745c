package dev.bellwether.metrics.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChurnModelTrainerTest {

  private final ChurnModelTrainer trainer = new ChurnModelTrainer();

  @Test
  void refusesWithTheCountsWhenHistoryIsShort() {
    Renewals r = new Renewals();
    for (int i = 0; i < 12; i++) {
      r.add(i, i < 2, "usage", i * 5);
    }
    TrainingResult.Refused refused = assertInstanceOf(TrainingResult.Refused.class, trainer.train(r.list()));
    assertEquals("not enough history: 12 renewals, 2 churned; at least 20 renewals and 5 churned needed", refused.reason());
    assertEquals(12, refused.renewals());
    assertEquals(2, refused.churned());

    Renewals manyButFewChurned = new Renewals();
    for (int i = 0; i < 40; i++) {
      manyButFewChurned.add(i, i < 4, "usage", i);
    }
    assertEquals(
        "not enough history: 40 renewals, 4 churned; at least 20 renewals and 5 churned needed",
        ((TrainingResult.Refused) trainer.train(manyButFewChurned.list())).reason());
  }

  @Test
  void refusesWhenEveryRenewalHadTheSameOutcome() {
    Renewals r = new Renewals();
    for (int i = 0; i < 25; i++) {
      r.add(i, true, "usage", i);
    }
    assertEquals(
        "not enough history: 25 renewals, 25 churned, 0 renewed; at least 5 renewed needed",
        ((TrainingResult.Refused) trainer.train(r.list())).reason());
  }

  @Test
  void refusesRatherThanReturnAModelThatDidNotConverge() {
    ChurnModelTrainer oneStep = new ChurnModelTrainer(1.0, 20, 5, 5, 1);
    TrainingResult result = oneStep.train(Renewals.separable(7, 60));
    assertEquals(
        "the churn model did not converge within 1 Newton steps",
        assertInstanceOf(TrainingResult.Refused.class, result).reason());
  }

  @Test
  void theFitIsThePenalisedOptimum() {
    // At the optimum the gradient vanishes: Σ(p − y) = 0 for the unpenalised intercept, and
    // Σ(p − y)·z + λβ = 0 for the one standardised feature.
    Renewals r = new Renewals();
    double[] usage = {5, 10, 12, 20, 25, 30, 33, 40, 41, 50, 55, 60, 62, 70, 75, 80, 85, 90, 95, 99, 15, 65};
    for (int i = 0; i < usage.length; i++) {
      // Mostly low usage churns, with two exceptions (15 renewed, 65 churned) so nothing separates.
      boolean churned = i < 20 ? usage[i] < 35 : i == 21;
      r.add(i, churned, "usage", usage[i]);
    }
    ChurnRiskModel model = trained(trainer, r.list());
    ModelTerm term = model.terms().get(0);
    assertEquals(1, model.terms().size(), "no missing term when every renewal has usage");
    double interceptGradient = 0;
    double featureGradient = ChurnModelTrainer.DEFAULT_L2_PENALTY * term.coefficient();
    for (LabeledRenewal renewal : r.list()) {
      double error = model.predict(renewal.features()) - (renewal.churned() ? 1 : 0);
      interceptGradient += error;
      featureGradient += error * term.standardised(renewal.features());
    }
    assertEquals(0, interceptGradient, 1e-7);
    assertEquals(0, featureGradient, 1e-7);
    assertTrue(term.coefficient() < 0, "lower usage must raise the risk, coefficient " + term.coefficient());
    // The standardisation: the training mean and population standard deviation of usage.
    double mean = Arrays.stream(usage).average().orElseThrow();
    double variance = Arrays.stream(usage).map(u -> (u - mean) * (u - mean)).sum() / usage.length;
    assertEquals(mean, term.center(), 1e-9);
    assertEquals(Math.sqrt(variance), term.scale(), 1e-9);
  }

  @Test
  void noDataCanItselfCarryRisk() {
    // Accounts without NPS answers churned; those with answers renewed, whatever the answer.
    Renewals r = new Renewals();
    for (int i = 0; i < 30; i++) {
      if (i % 3 == 0) {
        r.add(i, true, "usage", 50 + i % 7);
      } else {
        r.add(i, false, "usage", 50 + i % 7, "nps", i % 11);
      }
    }
    ChurnRiskModel model = trained(trainer, r.list());
    ModelTerm missing =
        model.terms().stream().filter(t -> t.kind() == ModelTerm.Kind.MISSING).findFirst().orElseThrow();
    assertEquals("nps", missing.feature());
    assertEquals(1.0 / 3, missing.center(), 1e-12);
    assertTrue(missing.coefficient() > 0);

    FeatureVector silent = FeatureVector.of(Map.of("usage", 53.0));
    FeatureVector answered = FeatureVector.of(Map.of("usage", 53.0, "nps", 5.0));
    assertTrue(model.predict(silent) > 0.8, "silent account risk " + model.predict(silent));
    assertTrue(model.predict(answered) < 0.2, "answering account risk " + model.predict(answered));
    Contribution top = model.explain(silent).top(1).get(0);
    assertEquals("nps", top.feature());
    assertFalse(top.value().isPresent());
    assertEquals(Contribution.Direction.RAISES_RISK, top.direction());
  }

  @Test
  void duplicateRenewalsAndBadSettingsFailClearly() {
    List<LabeledRenewal> twice = List.of(
        LabeledRenewal.of("R1", "A1", Renewals.FIRST_DAY, Map.of(), true),
        LabeledRenewal.of("R1", "A2", Renewals.FIRST_DAY, Map.of(), false));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer.train(twice));
    assertTrue(e.getMessage().contains("R1") && e.getMessage().contains("twice"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ChurnModelTrainer(0, 20, 5, 5, 100));
    assertThrows(IllegalArgumentException.class, () -> new ChurnModelTrainer(1, 20, 5, 5, 0));
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> LabeledRenewal.of("R9", "A9", Renewals.FIRST_DAY, Map.of("nps", Double.NaN), true));
    assertTrue(nan.getMessage().contains("R9") && nan.getMessage().contains("nps"), nan.getMessage());
  }

  @Property(tries = 15)
  void trainingIsDeterministic(@ForAll long seed, @ForAll @IntRange(min = 30, max = 120) int count) {
    List<LabeledRenewal> history = Renewals.separable(seed, count);
    TrainingResult first = trainer.train(history);
    TrainingResult second = trainer.train(history);
    assertEquals(first, second);
  }

  static ChurnRiskModel trained(ChurnModelTrainer trainer, List<LabeledRenewal> renewals) {
    TrainingResult result = trainer.train(renewals);
    if (result instanceof TrainingResult.Refused refused) {
      throw new AssertionError("expected a model, training refused: " + refused.reason());
    }
    return ((TrainingResult.Trained) result).model();
  }
}
