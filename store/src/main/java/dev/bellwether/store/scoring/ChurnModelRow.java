package dev.bellwether.store.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * The org's churn model as JSON (null when there was not enough history to train one) and the
 * JSON reports of the training that produced it.
 */
public record ChurnModelRow(Instant trainedAt, String modelJson, String backtestJson, String kpiValidationJson) {

  public ChurnModelRow {
    Objects.requireNonNull(trainedAt, "trainedAt");
    Objects.requireNonNull(backtestJson, "backtestJson");
    Objects.requireNonNull(kpiValidationJson, "kpiValidationJson");
  }
}
