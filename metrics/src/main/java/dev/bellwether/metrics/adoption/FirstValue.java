package dev.bellwether.metrics.adoption;

import dev.bellwether.metrics.result.MetricValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When an account started on a product line and when it first reached that line's value event
 * (empty until it has).
 */
public record FirstValue(
    String accountId, String productLine, LocalDate contractStart, Optional<LocalDate> firstValueOn) {

  /**
   * Days from contract start to the first value event; 0 when value came before the contract (a
   * pilot), not defined until the event happens.
   */
  public MetricValue<Long> days() {
    return firstValueOn
        .map(on -> MetricValue.of(Math.max(0, ChronoUnit.DAYS.between(contractStart, on))))
        .orElseGet(
            () -> MetricValue.notDefined(
                "account " + accountId + " has not reached first value on " + productLine));
  }
}
