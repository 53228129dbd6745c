package dev.bellwether.metrics.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An org's scorecards: one per group of segments and exactly one default for every other
 * segment, with the settings the raw measures need (key features, onboarding target).
 *
 * @param scorecards the scorecards; names and segments unique (ignoring case), one default
 * @param keyFeatures the features feature adoption counts, as usage reports them
 * @param onboardingTargetDays the days within which onboarding should be complete, at least 1
 */
public record ScorecardSet(List<Scorecard> scorecards, List<String> keyFeatures, int onboardingTargetDays) {

  public ScorecardSet {
    scorecards = List.copyOf(scorecards);
    keyFeatures = keyFeatures.stream().map(String::strip).toList();
    if (onboardingTargetDays < 1) {
      throw new IllegalArgumentException("onboarding target days must be at least 1, was " + onboardingTargetDays);
    }
    long defaults = scorecards.stream().filter(Scorecard::isDefault).count();
    if (defaults != 1) {
      throw new IllegalArgumentException("exactly one scorecard must be the default, found " + defaults);
    }
    Map<String, String> names = new HashMap<>();
    Map<String, String> owners = new HashMap<>();
    for (Scorecard card : scorecards) {
      if (names.put(Scorecard.normalised(card.name()), card.name()) != null) {
        throw new IllegalArgumentException("two scorecards are named " + card.name());
      }
      for (String segment : card.segments()) {
        String before = owners.put(Scorecard.normalised(segment), card.name());
        if (before != null) {
          throw new IllegalArgumentException("segment " + segment + " is listed twice, by scorecard " + before
              + " and by " + card.name());
        }
      }
    }
  }

  /** The scorecard listing {@code segment}, else the default (also for a blank or null segment). */
  public Scorecard forSegment(String segment) {
    return scorecards.stream().filter(c -> c.appliesTo(segment)).findFirst().orElseGet(this::defaultScorecard);
  }

  /** The scorecard of segments no other one lists. */
  public Scorecard defaultScorecard() {
    return scorecards.stream().filter(Scorecard::isDefault).findFirst().orElseThrow();
  }

  /** The calculator of raw measures with this set's onboarding target. */
  public MeasureCalculator measureCalculator() {
    return new MeasureCalculator(onboardingTargetDays);
  }
}
