package dev.bellwether.metrics.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Why a score is what it is (domain.md, "Health score"): the measures that moved it most since the
 * previous snapshot, by the change of their weighted contribution, with their raw values before
 * and after; for an account's first snapshot, the measures pulling it down most. Structured data
 * only: the service words it in the reader's language.
 *
 * @param basis what the movers are measured against
 * @param movers the measures, biggest move first
 */
public record Explanation(Basis basis, List<Mover> movers) {
  /** Movers listed when the caller asks for no other number. */
  public static final int DEFAULT_TOP = 3;
  /** Changes smaller than this are rounding noise, not movement. */
  private static final double NOISE = 1e-9;

  public Explanation {
    Objects.requireNonNull(basis, "basis");
    movers = List.copyOf(movers);
  }

  /** What the movers are measured against. */
  public enum Basis {
    /** The change since the previous snapshot. */
    SINCE_PREVIOUS,
    /** No previous snapshot: what each measure costs against full marks. */
    FIRST_SNAPSHOT
  }

  /** Which way a measure moved the score. */
  public enum Direction {
    UP,
    DOWN
  }

  /**
   * One measure that moved the score.
   *
   * @param measure the measure
   * @param direction which way it moved the score
   * @param contributionDelta since the previous snapshot, its contribution now minus then (a
   *     measure without data contributes 0); for a first snapshot, the points it costs against full
   *     marks, as a negative number
   * @param rawBefore its raw value in the previous snapshot; empty without data or for a first one
   * @param rawNow its raw value now; empty without data
   */
  public record Mover(MeasureKind measure, Direction direction, double contributionDelta, OptionalDouble rawBefore,
      OptionalDouble rawNow) {

    public Mover {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(rawBefore, "rawBefore");
      Objects.requireNonNull(rawNow, "rawNow");
    }
  }

  /** The {@value #DEFAULT_TOP} biggest movers of {@code now}, since {@code previous} when there is one. */
  public static Explanation of(Optional<HealthScore> previous, HealthScore now) {
    return of(previous, now, DEFAULT_TOP);
  }

  /** The {@code top} biggest movers of {@code now}, since {@code previous} when there is one. */
  public static Explanation of(Optional<HealthScore> previous, HealthScore now, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("an explanation lists at least 1 measure, was asked for " + top);
    }
    return previous.map(p -> sincePrevious(p, now, top)).orElseGet(() -> firstSnapshot(now, top));
  }

  private static Explanation sincePrevious(HealthScore previous, HealthScore now, int top) {
    Set<MeasureKind> measures = new LinkedHashSet<>();
    now.measures().forEach(m -> measures.add(m.measure()));
    previous.measures().forEach(m -> measures.add(m.measure()));
    List<Mover> movers = new ArrayList<>();
    for (MeasureKind kind : measures) {
      double delta = contribution(now, kind) - contribution(previous, kind);
      if (Math.abs(delta) > NOISE) {
        movers.add(new Mover(kind, delta > 0 ? Direction.UP : Direction.DOWN, delta, previous.raw(kind),
            now.raw(kind)));
      }
    }
    return new Explanation(Basis.SINCE_PREVIOUS, biggest(movers, top));
  }

  private static Explanation firstSnapshot(HealthScore now, int top) {
    double weights = now.measures().stream().filter(MeasureScore::hasData).mapToDouble(MeasureScore::weight).sum();
    List<Mover> movers = new ArrayList<>();
    for (MeasureScore m : now.measures()) {
      if (m.hasData()) {
        double cost = m.weight() * (100 - m.score().getAsDouble()) / weights;
        if (cost > NOISE) {
          movers.add(new Mover(m.measure(), Direction.DOWN, -cost, OptionalDouble.empty(), m.raw()));
        }
      }
    }
    return new Explanation(Basis.FIRST_SNAPSHOT, biggest(movers, top));
  }

  private static double contribution(HealthScore score, MeasureKind kind) {
    return score.measure(kind).map(MeasureScore::contribution).orElse(0.0);
  }

  /** Largest moves first; equal moves in the measures' declaration order, so the list is stable. */
  private static List<Mover> biggest(List<Mover> movers, int top) {
    return movers.stream()
        .sorted(Comparator.comparingDouble((Mover m) -> -Math.abs(m.contributionDelta()))
            .thenComparing(Mover::measure))
        .limit(top)
        .toList();
  }
}
