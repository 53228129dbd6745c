package dev.bellwether.metrics.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.health.ScorecardSetDraft.Card;
import dev.bellwether.metrics.health.ScorecardSetDraft.Limits;
import dev.bellwether.metrics.health.ScorecardSetDraft.Measure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every problem of a scorecard draft, each with its path, and the set built from a valid one. */
class ScorecardValidatorTest {

  @Test
  void aValidDraftBecomesScorecardsPickedBySegmentWithTheDefaultForTheRest() {
    ScorecardSetDraft draft = new ScorecardSetDraft(List.of(
        card("Enterprise", List.of("Enterprise"), false, Map.of("nps", m(2, -20, 40))),
        card("Standard", List.of("SMB", "Mid-Market"), true,
            ordered("usage", m(3, 40, 100), "engagement_recency", m(1, 30, 7)))),
        new Limits(40.0, null), List.of("dashboards"), 60);

    ScorecardSet set = ScorecardValidator.validate(draft).orElseThrow();

    assertEquals("Enterprise", set.forSegment(" enterprise ").name());
    assertEquals("Standard", set.forSegment("mid-market").name());
    assertEquals("Standard", set.forSegment("Public Sector").name());
    assertEquals("Standard", set.forSegment(null).name());
    assertEquals(List.of(new MeasureRule(MeasureKind.USAGE, 3, 40, 100),
        new MeasureRule(MeasureKind.ENGAGEMENT_RECENCY, 1, 30, 7)), set.defaultScorecard().measures());
    assertEquals(new Bands(40, 75), set.defaultScorecard().bands(), "a written limit replaces only its default");
    assertEquals(List.of("dashboards"), set.keyFeatures());
    assertEquals(60, set.onboardingTargetDays());
    assertEquals(60, set.measureCalculator().onboardingTargetDays());
  }

  @Test
  void everyProblemIsReportedWithItsPath() {
    ScorecardSetDraft draft = new ScorecardSetDraft(List.of(
        card("Enterprise", List.of("Enterprise", "SMB"), false, ordered("nps", m(2, 30, 30), "usage", m(1, 0, 100),
            "aged_cases", m(1, 5, 10))),
        card("enterprise", List.of("smb", " "), false, ordered("nps", m(-2, -20, 40), "nsp", m(1, 0, 10),
            "happiness", m(1, 0, 1), "csat", new Measure(null, null, 80.0))),
        card(null, List.of(), false, Map.of())),
        new Limits(80.0, 70.0), List.of("reports", "reports", ""), 0);

    List<String> problems = ScorecardValidator.validate(draft).problems().stream().map(ScorecardProblem::toString)
        .toList();

    assertEquals(List.of(
        "bands.green: must be above yellow (80) and at most 100 (the lowest Green score), was 70",
        "onboardingTargetDays: must be at least 1 day, was 0",
        "keyFeatures[1]: 'reports' is listed twice",
        "keyFeatures[2]: is empty; write a feature name as usage reports it, e.g. 'dashboards'",
        "scorecards[0].measures.nps.green: must differ from red (both are 30): red scores 0, green 100 and the"
            + " score is linear between them",
        "scorecards[0].measures.aged_cases.green: must be below red (5) since a lower aged_cases is healthier, was"
            + " 10; swap red and green",
        "scorecards[1].name: 'enterprise' is already the name of scorecards[0]; names must differ",
        "scorecards[1].segments[0]: 'smb' is listed twice, also by scorecards[0] ('Enterprise'); an account's"
            + " segment must pick one scorecard",
        "scorecards[1].segments[1]: is empty; write a segment name such as 'SMB'",
        "scorecards[1].measures.nps.weight: must be > 0, was -2",
        "scorecards[1].measures.nsp: unknown measure; did you mean 'nps'?",
        "scorecards[1].measures.happiness: unknown measure; known: usage, feature_adoption, active_users, nps, csat,"
            + " unresolved_cases, aged_cases, sla_breaches, overdue_invoices, engagement_recency, champion_change,"
            + " onboarding, time_to_first_value",
        "scorecards[1].measures.csat.weight: is required: a number > 0 (only the weights' proportions matter)",
        "scorecards[1].measures.csat.red: is required: the raw value that scores 0, in %",
        "scorecards[2].name: is required: the name shown beside a score, e.g. 'Enterprise'",
        "scorecards[2].segments: lists no segment, so it would score no account: list the segments it scores, or"
            + " make it the default with 'default: true'",
        "scorecards[2].measures: list at least one measure with its weight, red and green (known: usage,"
            + " feature_adoption, active_users, nps, csat, unresolved_cases, aged_cases, sla_breaches,"
            + " overdue_invoices, engagement_recency, champion_change, onboarding, time_to_first_value)",
        "scorecards: no default scorecard: mark the one that scores every segment the others do not list with"
            + " 'default: true'"), problems);
  }

  @Test
  void aSecondDefaultASegmentTwiceInOneCardAndOwnBandsAreReported() {
    ScorecardSetDraft draft = new ScorecardSetDraft(List.of(
        card("A", List.of("SMB", "smb"), true, Map.of("usage", m(1, 0, 100))),
        new Card("B", List.of(), true, Map.of("feature_adoption", m(1, 0, 100)), new Limits(0.0, null))),
        null, List.of(), null);

    assertEquals(List.of(
        "scorecards[0].segments[1]: 'smb' is listed twice in this scorecard; an account's segment must pick one"
            + " scorecard",
        "scorecards[1].default: only one scorecard may be the default; scorecards[0] ('A') already is",
        "scorecards[1].bands.yellow: must be above 0 and at most 100 (the lowest Yellow score), was 0",
        "keyFeatures: feature_adoption is weighed by scorecards[1] ('B') but no key feature is listed; list the"
            + " features it counts, e.g. 'keyFeatures: [dashboards, reports]'"),
        ScorecardValidator.validate(draft).problems().stream().map(ScorecardProblem::toString).toList());
  }

  @Test
  void noScorecardAtAllIsOneProblemAndOrElseThrowListsThemAll() {
    ScorecardValidation validation = ScorecardValidator.validate(new ScorecardSetDraft(List.of(), null, List.of(),
        null));

    assertFalse(validation.isValid());
    assertEquals(List.of(new ScorecardProblem("scorecards", "list at least one scorecard, one of them with"
        + " 'default: true'")), validation.problems());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, validation::orElseThrow);
    assertTrue(e.getMessage().contains("scorecards: list at least one scorecard"), e.getMessage());
  }

  @Test
  void misspeltKeysInOtherCaseOrSeparatorsFindTheirMeasure() {
    ScorecardSetDraft draft = new ScorecardSetDraft(List.of(card("A", List.of(), true,
        ordered("featureAdoption", m(1, 0, 100), "engagment_recency", m(1, 30, 7)))), null, List.of("x"), null);

    assertEquals(List.of(
        "scorecards[0].measures.featureAdoption: unknown measure; did you mean 'feature_adoption'?",
        "scorecards[0].measures.engagment_recency: unknown measure; did you mean 'engagement_recency'?"),
        ScorecardValidator.validate(draft).problems().stream().map(ScorecardProblem::toString).toList());
  }

  @Test
  void theRecordsGuardTheirInvariantsToo() {
    assertThrows(IllegalArgumentException.class, () -> new MeasureRule(MeasureKind.NPS, 0, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new MeasureRule(MeasureKind.NPS, 1, 10, 10));
    IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class,
        () -> new MeasureRule(MeasureKind.ENGAGEMENT_RECENCY, 1, 7, 30));
    assertTrue(backwards.getMessage().contains("must be below red"), backwards.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Bands(75, 50));
    assertThrows(IllegalArgumentException.class, () -> new Bands(50, 101));
    Scorecard a = new Scorecard("A", List.of("SMB"), true, List.of(new MeasureRule(MeasureKind.NPS, 1, 0, 50)),
        Bands.DEFAULT);
    Scorecard b = new Scorecard("B", List.of("smb"), false, List.of(new MeasureRule(MeasureKind.NPS, 1, 0, 50)),
        Bands.DEFAULT);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ScorecardSet(List.of(a, b), List.of(), 90));
    assertTrue(e.getMessage().contains("segment smb"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ScorecardSet(List.of(b), List.of(), 90), "no default");
  }

  static Card card(String name, List<String> segments, boolean isDefault, Map<String, Measure> measures) {
    return new Card(name, segments, isDefault, measures, null);
  }

  static Measure m(double weight, double red, double green) {
    return new Measure(weight, red, green);
  }

  static Map<String, Measure> ordered(Object... keysAndMeasures) {
    Map<String, Measure> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndMeasures.length; i += 2) {
      out.put((String) keysAndMeasures[i], (Measure) keysAndMeasures[i + 1]);
    }
    return out;
  }
}
