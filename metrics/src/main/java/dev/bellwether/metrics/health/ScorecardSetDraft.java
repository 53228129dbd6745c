package dev.bellwether.metrics.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scorecards as written (in YAML, say), before {@link ScorecardValidator} checks them: measures by
 * their key as typed, numbers possibly missing. A null number or name means "not written".
 *
 * @param scorecards the scorecards in the order written
 * @param bands the bands every scorecard uses unless it sets its own; null for the defaults
 * @param keyFeatures the features feature adoption counts
 * @param onboardingTargetDays the onboarding target; null for the default
 */
public record ScorecardSetDraft(List<Card> scorecards, Limits bands, List<String> keyFeatures,
    Integer onboardingTargetDays) {

  public ScorecardSetDraft {
    scorecards = List.copyOf(scorecards);
    keyFeatures = List.copyOf(keyFeatures);
  }

  /**
   * One scorecard as written.
   *
   * @param name its name; null when not written
   * @param segments the segments it applies to
   * @param isDefault whether it is marked the default
   * @param measures each measure key as written with its settings, in the order written
   * @param bands its own bands; null to use the set's
   */
  public record Card(String name, List<String> segments, boolean isDefault, Map<String, Measure> measures,
      Limits bands) {

    public Card {
      segments = List.copyOf(segments);
      measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }
  }

  /**
   * A measure's settings as written; null when not written.
   *
   * @param weight the weight
   * @param red the raw value scoring 0
   * @param green the raw value scoring 100
   */
  public record Measure(Double weight, Double red, Double green) {}

  /**
   * Band limits as written; null when not written.
   *
   * @param yellow the lowest Yellow score
   * @param green the lowest Green score
   */
  public record Limits(Double yellow, Double green) {}
}
