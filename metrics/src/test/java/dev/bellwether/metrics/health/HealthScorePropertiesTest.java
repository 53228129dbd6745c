package dev.bellwether.metrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of the composite score over random scorecards and raw values. */
class HealthScorePropertiesTest {

  @Property(tries = 500)
  void theScoreIsBetweenZeroAndHundredAndPresentExactlyWhenAMeasureHasData(
      @ForAll("scorecards") Scorecard card, @ForAll("raws") RawMeasures raw) {
    HealthScore s = HealthScorer.score(raw, card);

    boolean anyData = card.measures().stream().anyMatch(r -> raw.get(r.measure()).isPresent());
    assertEquals(anyData, s.hasScore());
    if (anyData) {
      double score = s.score().getAsDouble();
      assertTrue(score >= 0 && score <= 100, () -> "score " + score);
      assertEquals(score, s.measures().stream().mapToDouble(MeasureScore::contribution).sum(), 1e-9);
      assertEquals(card.bands().of(score), s.band().orElseThrow());
    }
  }

  @Property(tries = 500)
  void addingAMeasureWithNoDataNeverChangesTheScore(@ForAll("scorecards") Scorecard card,
      @ForAll("raws") RawMeasures raw, @ForAll("rules") MeasureRule extra) {
    Assume.that(card.rule(extra.measure()).isEmpty());
    List<MeasureRule> more = new ArrayList<>(card.measures());
    more.add(extra);
    Scorecard wider = new Scorecard(card.name(), card.segments(), card.isDefault(), more, card.bands());

    HealthScore before = HealthScorer.score(raw.without(extra.measure()), card);
    HealthScore after = HealthScorer.score(raw.without(extra.measure()), wider);

    assertEquals(before.score(), after.score());
    assertEquals(before.coverage().total() + 1, after.coverage().total());
    assertEquals(before.coverage().scored(), after.coverage().scored());
  }

  @Property(tries = 500)
  void raisingARawValueInItsHealthyDirectionNeverLowersTheScore(@ForAll("scorecards") Scorecard card,
      @ForAll("raws") RawMeasures raw, @ForAll("indexes") int pick,
      @ForAll @DoubleRange(min = 0, max = 200) double step) {
    MeasureKind kind = card.measures().get(pick % card.measures().size()).measure();
    double value = raw.get(kind).orElse(0);
    RawMeasures lower = raw.with(kind, value);
    RawMeasures better = raw.with(kind, kind.higherIsBetter() ? value + step : value - step);

    double before = HealthScorer.score(lower, card).score().getAsDouble();
    double after = HealthScorer.score(better, card).score().getAsDouble();

    assertTrue(after >= before, () -> kind + " moved " + step + " its healthy way: " + before + " → " + after);
  }

  @Property(tries = 500)
  void scalingEveryWeightByOneConstantGivesTheSameScore(@ForAll("scorecards") Scorecard card,
      @ForAll("raws") RawMeasures raw, @ForAll @DoubleRange(min = 0.01, max = 1000) double factor) {
    List<MeasureRule> scaled = card.measures().stream()
        .map(r -> new MeasureRule(r.measure(), r.weight() * factor, r.red(), r.green())).toList();
    Scorecard heavier = new Scorecard(card.name(), card.segments(), card.isDefault(), scaled, card.bands());

    OptionalDouble before = HealthScorer.score(raw, card).score();
    OptionalDouble after = HealthScorer.score(raw, heavier).score();

    assertEquals(before.isPresent(), after.isPresent());
    if (before.isPresent()) {
      assertEquals(before.getAsDouble(), after.getAsDouble(), 1e-9);
    }
  }

  @Provide
  Arbitrary<MeasureRule> rules() {
    return Combinators.combine(Arbitraries.of(MeasureKind.class), Arbitraries.doubles().between(0.01, 100),
        Arbitraries.doubles().between(-200, 200), Arbitraries.doubles().between(0.01, 300))
        .as((kind, weight, red, span) -> new MeasureRule(kind, weight, red,
            kind.higherIsBetter() ? red + span : red - span));
  }

  @Provide
  Arbitrary<Scorecard> scorecards() {
    Arbitrary<Bands> bands = Arbitraries.integers().between(1, 90)
        .flatMap(yellow -> Arbitraries.integers().between(yellow + 1, 100).map(green -> new Bands(yellow, green)));
    Arbitrary<List<MeasureRule>> rules = rules().list().ofMinSize(1).ofMaxSize(MeasureKind.values().length)
        .uniqueElements(MeasureRule::measure);
    return Combinators.combine(rules, bands)
        .as((measures, b) -> new Scorecard("Random", List.of("SMB"), true, measures, b));
  }

  /** Each measure has data half the time, from far below to far above typical thresholds. */
  @Provide
  Arbitrary<RawMeasures> raws() {
    Arbitrary<Double> value = Arbitraries.doubles().between(-400, 400);
    return Arbitraries.maps(Arbitraries.of(MeasureKind.class), value)
        .ofMaxSize(MeasureKind.values().length)
        .map(RawMeasures::of);
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, MeasureKind.values().length - 1);
  }
}
