package dev.bellwether.metrics.result;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A metric's value, or the reason it has none (an empty denominator, no churn history, ...).
 * Metrics never answer NaN, infinity or a silent 0 where they are not defined.
 */
public sealed interface MetricValue<T> permits MetricValue.Defined, MetricValue.NotDefined {

  /** A value that was computed. */
  static <T> MetricValue<T> of(T value) {
    return new Defined<>(value);
  }

  /** No value, for the {@code reason} a reader is shown instead. */
  static <T> MetricValue<T> notDefined(String reason) {
    return new NotDefined<>(reason);
  }

  boolean isDefined();

  /**
   * The value.
   *
   * @throws IllegalStateException carrying the reason when the metric is not defined
   */
  T value();

  /** Why there is no value; empty when there is one. */
  Optional<String> reason();

  /** The value transformed, or the same reason. */
  <R> MetricValue<R> map(Function<? super T, ? extends R> mapper);

  /** The value, or {@code fallback} when not defined (for display code that has its own dash). */
  default T orElse(T fallback) {
    return isDefined() ? value() : fallback;
  }

  /** A computed metric value. */
  record Defined<T>(T value) implements MetricValue<T> {
    public Defined {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean isDefined() {
      return true;
    }

    @Override
    public Optional<String> reason() {
      return Optional.empty();
    }

    @Override
    public <R> MetricValue<R> map(Function<? super T, ? extends R> mapper) {
      return new Defined<>(mapper.apply(value));
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /** A metric that has no value, with the reason. */
  record NotDefined<T>(String why) implements MetricValue<T> {
    public NotDefined {
      Objects.requireNonNull(why, "why");
    }

    @Override
    public boolean isDefined() {
      return false;
    }

    @Override
    public T value() {
      throw new IllegalStateException("metric not defined: " + why);
    }

    @Override
    public Optional<String> reason() {
      return Optional.of(why);
    }

    @Override
    public <R> MetricValue<R> map(Function<? super T, ? extends R> mapper) {
      return new NotDefined<>(why);
    }

    @Override
    public String toString() {
      return "not defined (" + why + ")";
    }
  }
}
