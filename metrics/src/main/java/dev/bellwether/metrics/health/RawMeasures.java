package dev.bellwether.metrics.health;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The raw value of each measure that has data for one account on one day. A measure without data
 * is absent, never 0: an absent measure leaves the score and its weight renormalises.
 */
public final class RawMeasures {
  private static final RawMeasures NONE = new RawMeasures(new EnumMap<>(MeasureKind.class));

  private final Map<MeasureKind, Double> values;

  private RawMeasures(EnumMap<MeasureKind, Double> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** No measure has data. */
  public static RawMeasures none() {
    return NONE;
  }

  /**
   * The given raw values.
   *
   * @throws IllegalArgumentException naming the measure when a value is NaN or infinite
   */
  public static RawMeasures of(Map<MeasureKind, Double> values) {
    EnumMap<MeasureKind, Double> copy = new EnumMap<>(MeasureKind.class);
    values.forEach((kind, value) -> copy.put(Objects.requireNonNull(kind, "measure"), checked(kind, value)));
    return new RawMeasures(copy);
  }

  /** These values with {@code kind} set to {@code value}. */
  public RawMeasures with(MeasureKind kind, double value) {
    EnumMap<MeasureKind, Double> copy = values.isEmpty() ? new EnumMap<>(MeasureKind.class) : new EnumMap<>(values);
    copy.put(Objects.requireNonNull(kind, "measure"), checked(kind, value));
    return new RawMeasures(copy);
  }

  /** These values without {@code kind}. */
  public RawMeasures without(MeasureKind kind) {
    if (!values.containsKey(kind)) {
      return this;
    }
    EnumMap<MeasureKind, Double> copy = new EnumMap<>(values);
    copy.remove(kind);
    return new RawMeasures(copy);
  }

  /** The raw value of {@code kind}, or empty when it has no data. */
  public OptionalDouble get(MeasureKind kind) {
    Double value = values.get(kind);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The measures with data and their raw values, in declaration order. */
  public Map<MeasureKind, Double> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawMeasures r && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }

  private static Double checked(MeasureKind kind, Double value) {
    if (value == null || !Double.isFinite(value)) {
      throw new IllegalArgumentException("the raw value of " + kind.key() + " must be a finite number, was " + value);
    }
    return value;
  }
}
