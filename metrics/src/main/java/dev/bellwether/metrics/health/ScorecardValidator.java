package dev.bellwether.metrics.health;

import dev.bellwether.metrics.health.ScorecardSetDraft.Card;
import dev.bellwether.metrics.health.ScorecardSetDraft.Limits;
import dev.bellwether.metrics.health.ScorecardSetDraft.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@link ScorecardSetDraft} whole and reports every problem with its path, e.g.
 * {@code scorecards[1].measures.nps.weight: must be > 0, was -2}, so an admin fixes them all in one
 * go; builds the {@link ScorecardSet} when there is none.
 */
public final class ScorecardValidator {
  private static final String SCORECARDS = "scorecards";

  private final List<ScorecardProblem> problems = new ArrayList<>();

  private ScorecardValidator() {
  }

  /** Every problem of {@code draft}, or its scorecards when there is none. */
  public static ScorecardValidation validate(ScorecardSetDraft draft) {
    return new ScorecardValidator().check(draft);
  }

  private ScorecardValidation check(ScorecardSetDraft draft) {
    Bands bands = bands(draft.bands(), "bands", Bands.DEFAULT);
    int targetDays = onboardingTargetDays(draft.onboardingTargetDays());
    keyFeatures(draft.keyFeatures());
    if (draft.scorecards().isEmpty()) {
      add(SCORECARDS, "list at least one scorecard, one of them with 'default: true'");
    }
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> segmentOwners = new HashMap<>();
    Integer defaultAt = null;
    List<Scorecard> built = new ArrayList<>();
    for (int i = 0; i < draft.scorecards().size(); i++) {
      Card card = draft.scorecards().get(i);
      String path = SCORECARDS + "[" + i + "]";
      int before = problems.size();
      name(card, path, i, names);
      if (card.isDefault()) {
        if (defaultAt == null) {
          defaultAt = i;
        } else {
          add(path + ".default", "only one scorecard may be the default; " + described(draft, defaultAt)
              + " already is");
        }
      }
      segments(card, path, i, segmentOwners, draft);
      List<MeasureRule> rules = measures(card.measures(), path + ".measures");
      Bands own = bands(card.bands(), path + ".bands", bands == null ? Bands.DEFAULT : bands);
      if (problems.size() == before && bands != null && own != null) {
        built.add(new Scorecard(card.name().strip(), card.segments(), card.isDefault(), rules, own));
      }
    }
    if (!draft.scorecards().isEmpty() && defaultAt == null) {
      add(SCORECARDS, "no default scorecard: mark the one that scores every segment the others do not list with"
          + " 'default: true'");
    }
    weighedFeatureAdoptionHasKeyFeatures(draft);
    if (!problems.isEmpty()) {
      return new ScorecardValidation(problems, Optional.empty());
    }
    return new ScorecardValidation(List.of(), Optional.of(new ScorecardSet(built, draft.keyFeatures(), targetDays)));
  }

  private void name(Card card, String path, int index, Map<String, Integer> names) {
    if (card.name() == null || card.name().isBlank()) {
      add(path + ".name", "is required: the name shown beside a score, e.g. 'Enterprise'");
      return;
    }
    Integer first = names.putIfAbsent(Scorecard.normalised(card.name()), index);
    if (first != null) {
      add(path + ".name", "'" + card.name().strip() + "' is already the name of " + SCORECARDS + "[" + first
          + "]; names must differ");
    }
  }

  private void segments(Card card, String path, int index, Map<String, Integer> owners, ScorecardSetDraft draft) {
    if (card.segments().isEmpty() && !card.isDefault()) {
      add(path + ".segments", "lists no segment, so it would score no account: list the segments it scores, or"
          + " make it the default with 'default: true'");
    }
    for (int k = 0; k < card.segments().size(); k++) {
      String segment = card.segments().get(k);
      String at = path + ".segments[" + k + "]";
      if (segment == null || segment.isBlank()) {
        add(at, "is empty; write a segment name such as 'SMB'");
        continue;
      }
      Integer owner = owners.putIfAbsent(Scorecard.normalised(segment), index);
      if (owner != null) {
        add(at, "'" + segment.strip() + "' is listed twice" + (owner == index ? " in this scorecard"
            : ", also by " + described(draft, owner)) + "; an account's segment must pick one scorecard");
      }
    }
  }

  private List<MeasureRule> measures(Map<String, Measure> measures, String path) {
    if (measures.isEmpty()) {
      add(path, "list at least one measure with its weight, red and green (known: "
          + String.join(", ", MeasureKind.keys()) + ")");
    }
    List<MeasureRule> rules = new ArrayList<>();
    for (Map.Entry<String, Measure> e : measures.entrySet()) {
      String at = path + "." + e.getKey();
      Optional<MeasureKind> kind = MeasureKind.fromKey(e.getKey());
      if (kind.isEmpty()) {
        add(at, "unknown measure" + ClosestKey.to(e.getKey(), MeasureKind.keys())
            .map(k -> "; did you mean '" + k + "'?").orElse("; known: " + String.join(", ", MeasureKind.keys())));
        continue;
      }
      Measure m = e.getValue() == null ? new Measure(null, null, null) : e.getValue();
      int before = problems.size();
      if (m.weight() == null) {
        add(at + ".weight", "is required: a number > 0 (only the weights' proportions matter)");
      } else if (!(m.weight() > 0) || m.weight().isInfinite()) {
        add(at + ".weight", "must be > 0, was " + shown(m.weight()));
      }
      threshold(m.red(), at + ".red", "the raw value that scores 0", kind.get());
      threshold(m.green(), at + ".green", "the raw value that scores 100", kind.get());
      if (m.red() != null && m.green() != null && m.red().equals(m.green())) {
        add(at + ".green", "must differ from red (both are " + shown(m.green()) + "): red scores 0, green 100 and"
            + " the score is linear between them");
      } else if (m.red() != null && m.green() != null && m.green() > m.red() != kind.get().higherIsBetter()) {
        boolean higher = kind.get().higherIsBetter();
        add(at + ".green", "must be " + (higher ? "above" : "below") + " red (" + shown(m.red()) + ") since "
            + (higher ? "a higher " : "a lower ") + kind.get().key() + " is healthier, was " + shown(m.green())
            + "; swap red and green");
      }
      if (problems.size() == before) {
        rules.add(new MeasureRule(kind.get(), m.weight(), m.red(), m.green()));
      }
    }
    return rules;
  }

  private void threshold(Double value, String path, String meaning, MeasureKind kind) {
    if (value == null) {
      add(path, "is required: " + meaning + ", in " + kind.unit().symbol());
    } else if (!Double.isFinite(value)) {
      add(path, "must be a finite number, was " + value);
    }
  }

  /** The limits written, the rest from {@code fallback}; null when they are wrong (reported). */
  private Bands bands(Limits limits, String path, Bands fallback) {
    if (limits == null) {
      return fallback;
    }
    double yellow = limits.yellow() == null ? fallback.yellowFrom() : limits.yellow();
    double green = limits.green() == null ? fallback.greenFrom() : limits.green();
    if (!(yellow > 0 && yellow <= 100)) {
      add(path + ".yellow", "must be above 0 and at most 100 (the lowest Yellow score), was " + shown(yellow));
      return null;
    }
    if (!(green > yellow && green <= 100)) {
      add(path + ".green", "must be above yellow (" + shown(yellow) + ") and at most 100 (the lowest Green score),"
          + " was " + shown(green));
      return null;
    }
    return new Bands(yellow, green);
  }

  private int onboardingTargetDays(Integer days) {
    if (days == null) {
      return MeasureCalculator.DEFAULT_ONBOARDING_TARGET_DAYS;
    }
    if (days < 1) {
      add("onboardingTargetDays", "must be at least 1 day, was " + days);
      return MeasureCalculator.DEFAULT_ONBOARDING_TARGET_DAYS;
    }
    return days;
  }

  private void keyFeatures(List<String> features) {
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < features.size(); k++) {
      String feature = features.get(k);
      if (feature == null || feature.isBlank()) {
        add("keyFeatures[" + k + "]", "is empty; write a feature name as usage reports it, e.g. 'dashboards'");
      } else if (!seen.add(feature.strip())) {
        add("keyFeatures[" + k + "]", "'" + feature.strip() + "' is listed twice");
      }
    }
  }

  private void weighedFeatureAdoptionHasKeyFeatures(ScorecardSetDraft draft) {
    if (!draft.keyFeatures().isEmpty()) {
      return;
    }
    for (int i = 0; i < draft.scorecards().size(); i++) {
      if (draft.scorecards().get(i).measures().containsKey(MeasureKind.FEATURE_ADOPTION.key())) {
        add("keyFeatures", "feature_adoption is weighed by " + described(draft, i) + " but no key feature is listed;"
            + " list the features it counts, e.g. 'keyFeatures: [dashboards, reports]'");
        return;
      }
    }
  }

  private static String described(ScorecardSetDraft draft, int index) {
    String name = draft.scorecards().get(index).name();
    return SCORECARDS + "[" + index + "]" + (name == null || name.isBlank() ? "" : " ('" + name.strip() + "')");
  }

  private void add(String path, String message) {
    problems.add(new ScorecardProblem(path, message));
  }

  /** A number as people write it: 30, not 30.0; 2.5 stays 2.5. */
  static String shown(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
