package dev.bellwether.devorg.soql;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** SOQL's aggregate functions and how each folds a group's values into one. */
enum AggregateFunction {
  COUNT, COUNT_DISTINCT, SUM, AVG, MIN, MAX;

  /** Folds the values of one group. */
  interface Accumulator {
    void add(Object value);

    Object result();
  }

  static Optional<AggregateFunction> named(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether this function takes a field of this kind (SUM and AVG need numbers). */
  boolean accepts(ValueKind kind) {
    switch (this) {
      case SUM: case AVG: return kind.isNumber();
      case MIN: case MAX: return kind != ValueKind.BOOLEAN;
      default: return true;
    }
  }

  ValueKind resultKind(ValueKind argument) {
    switch (this) {
      case COUNT: case COUNT_DISTINCT: return ValueKind.INTEGER;
      case SUM: case AVG: return ValueKind.DECIMAL;
      default: return argument;
    }
  }

  Accumulator newAccumulator(ValueKind argument) {
    switch (this) {
      case COUNT: return new Count();
      case COUNT_DISTINCT: return new CountDistinct(argument == ValueKind.TEXT);
      case SUM: return new Sum(false);
      case AVG: return new Sum(true);
      default: return new Extreme(argument, this == MIN);
    }
  }

  /** Counts non-null values; COUNT() is fed the row itself, so it counts rows. */
  private static final class Count implements Accumulator {
    private int count;

    @Override
    public void add(Object value) {
      if (value != null) {
        count++;
      }
    }

    @Override
    public Object result() {
      return count;
    }
  }

  /** Distinct non-null values; text is distinct without regard to case, as Salesforce groups it. */
  private static final class CountDistinct implements Accumulator {
    private final boolean text;
    private final Set<Object> seen = new HashSet<>();

    CountDistinct(boolean text) {
      this.text = text;
    }

    @Override
    public void add(Object value) {
      if (value != null) {
        seen.add(text ? ((String) value).toLowerCase(Locale.ROOT) : value);
      }
    }

    @Override
    public Object result() {
      return seen.size();
    }
  }

  /** SUM, or AVG when averaging; null over a group with no values. */
  private static final class Sum implements Accumulator {
    private final boolean average;
    private BigDecimal sum = BigDecimal.ZERO;
    private long count;

    Sum(boolean average) {
      this.average = average;
    }

    @Override
    public void add(Object value) {
      if (value instanceof Integer i) {
        sum = sum.add(BigDecimal.valueOf(i));
        count++;
      } else if (value instanceof BigDecimal d) {
        sum = sum.add(d);
        count++;
      }
    }

    @Override
    public Object result() {
      if (count == 0) {
        return null;
      }
      if (!average) {
        return sum;
      }
      BigDecimal avg = sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).stripTrailingZeros();
      return avg.scale() < 0 ? avg.setScale(0) : avg;
    }
  }

  /** MIN or MAX in the engine's sort order (text without regard to case). */
  private static final class Extreme implements Accumulator {
    private final ValueKind kind;
    private final boolean min;
    private Object best;

    Extreme(ValueKind kind, boolean min) {
      this.kind = kind;
      this.min = min;
    }

    @Override
    public void add(Object value) {
      if (value == null) {
        return;
      }
      if (best == null) {
        best = value;
        return;
      }
      int cmp = ValueOrder.compare(value, best, kind);
      if (min ? cmp < 0 : cmp > 0) {
        best = value;
      }
    }

    @Override
    public Object result() {
      return best;
    }
  }
}
