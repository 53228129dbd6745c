package dev.bellwether.metrics.prediction;

import java.util.Objects;

/** What training gave: a model, or the plain reason there is none. Never a silent model. */
public sealed interface TrainingResult permits TrainingResult.Trained, TrainingResult.Refused {

  /** Renewals offered for training. */
  int renewals();

  /** Of those, the churned ones. */
  int churned();

  /**
   * A trained model.
   *
   * @param model the model
   * @param iterations Newton steps taken to converge
   */
  record Trained(ChurnRiskModel model, int iterations) implements TrainingResult {
    public Trained {
      Objects.requireNonNull(model, "model");
    }

    @Override
    public int renewals() {
      return model.trainedRenewals();
    }

    @Override
    public int churned() {
      return model.trainedChurned();
    }
  }

  /**
   * No model, e.g. "not enough history: 12 renewals, 2 churned; at least 20 renewals and 5
   * churned needed".
   *
   * @param renewals renewals offered
   * @param churned of those, the churned ones
   * @param reason what a reader is shown instead of a model
   */
  record Refused(int renewals, int churned, String reason) implements TrainingResult {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
