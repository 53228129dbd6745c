package dev.bellwether.service.scorecards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.health.Bands;
import dev.bellwether.metrics.health.MeasureKind;
import dev.bellwether.metrics.health.MeasureRule;
import dev.bellwether.metrics.health.Scorecard;
import dev.bellwether.metrics.health.ScorecardSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecards YAML: the shipped defaults, and every problem of a bad document at its line. */
class ScorecardsLoaderTest {

  @Test
  void theDefaultsHaveAnEnterpriseAndAStandardScorecardUsingEveryMeasure() throws Exception {
    ScorecardSet defaults = ScorecardsLoader.parse("default.yaml", ScorecardSource.defaultYaml());

    assertEquals(List.of("Enterprise", "Standard"), defaults.scorecards().stream().map(Scorecard::name).toList());
    assertEquals("Enterprise", defaults.forSegment("Enterprise").name());
    assertEquals("Standard", defaults.forSegment("Mid-Market").name());
    assertEquals("Standard", defaults.forSegment("SMB").name());
    assertEquals("Standard", defaults.forSegment("").name(), "an account without a segment gets the default");
    List<MeasureKind> every = Arrays.asList(MeasureKind.values());
    for (Scorecard card : defaults.scorecards()) {
      assertEquals(every, card.measures().stream().map(MeasureRule::measure).toList(), card.name());
      assertEquals(100, card.measures().stream().mapToDouble(MeasureRule::weight).sum(), 1e-9,
          card.name() + " weights read as percentages");
      assertEquals(Bands.DEFAULT, card.bands());
    }
    // The demo seed's key features (devorg's UsageFeature with keyFeature = true).
    assertEquals(List.of("dashboards", "reports", "integrations", "automations"), defaults.keyFeatures());
    assertEquals(90, defaults.onboardingTargetDays());
    assertEquals(new MeasureRule(MeasureKind.ENGAGEMENT_RECENCY, 8, 45, 14),
        defaults.forSegment("Enterprise").rule(MeasureKind.ENGAGEMENT_RECENCY).orElseThrow());
  }

  @Test
  void everyProblemIsReportedWithFileLineAndPath() {
    String yaml = """
        bands: {yellow: 50, green: 40}
        keyFeature: [dashboards]
        scorecards:
          - name: Enterprise
            segments: [Enterprise, SMB]
            measures:
              nps: {weight: -2, red: -20, green: 40}
              nsp: {weight: 1, red: 0, green: 10}
              usage: {weight: high, red: 40, green: 100}
          - name: Standard
            segments: [smb]
            colour: blue
            measures:
              engagement_recency: {weight: 1, red: 30, green: 30}
              feature_adoption: {weight: 1, red: 0, green: 100, target: 3}
          - segments: Mid-Market
            default: yes please
        """;

    ScorecardsException e = assertThrows(ScorecardsException.class, () -> ScorecardsLoader.parse("s.yaml", yaml));

    assertEquals(List.of(
        "s.yaml:1: bands.green: must be above yellow (50) and at most 100 (the lowest Green score), was 40",
        // No 'keyFeatures:' key is written, so the problem falls back to the document's first line.
        "s.yaml:1: keyFeatures: feature_adoption is weighed by scorecards[1] ('Standard') but no key feature is"
            + " listed; list the features it counts, e.g. 'keyFeatures: [dashboards, reports]'",
        "s.yaml:2: keyFeature: unknown key; did you mean 'keyFeatures'?",
        "s.yaml:3: scorecards: no default scorecard: mark the one that scores every segment the others do not list"
            + " with 'default: true'",
        "s.yaml:7: scorecards[0].measures.nps.weight: must be > 0, was -2",
        "s.yaml:8: scorecards[0].measures.nsp: unknown measure; did you mean 'nps'?",
        "s.yaml:9: scorecards[0].measures.usage.weight: must be a number (was 'high')",
        "s.yaml:11: scorecards[1].segments[0]: 'smb' is listed twice, also by scorecards[0] ('Enterprise'); an"
            + " account's segment must pick one scorecard",
        "s.yaml:12: scorecards[1].colour: unknown key; known: name, segments, default, measures, bands",
        "s.yaml:14: scorecards[1].measures.engagement_recency.green: must differ from red (both are 30): red"
            + " scores 0, green 100 and the score is linear between them",
        "s.yaml:15: scorecards[1].measures.feature_adoption.target: unknown key; known: weight, red, green",
        "s.yaml:16: scorecards[2].segments: must be a list of segment names such as [Mid-Market, SMB] (was"
            + " 'Mid-Market')",
        "s.yaml:16: scorecards[2].name: is required: the name shown beside a score, e.g. 'Enterprise'",
        "s.yaml:16: scorecards[2].measures: list at least one measure with its weight, red and green (known: usage,"
            + " feature_adoption, active_users, nps, csat, unresolved_cases, aged_cases, sla_breaches,"
            + " overdue_invoices, engagement_recency, champion_change, onboarding, time_to_first_value)",
        "s.yaml:17: scorecards[2].default: must be true or false (was 'yes please')"),
        e.problems().stream().map(ScorecardsProblem::toString).toList());
    assertEquals(String.join("\n", e.problems().stream().map(ScorecardsProblem::toString).toList()), e.getMessage());
    ScorecardsProblem weight = e.problems().get(4);
    assertEquals(new ScorecardsProblem("s.yaml", 7, "scorecards[0].measures.nps.weight", "must be > 0, was -2"),
        weight);
  }

  @Test
  void invalidYamlIsOneProblemAtItsLine() {
    String yaml = """
        scorecards:
          - name: Standard
            default: true
            measures: {nps: {weight: 1, red: 0, green: 40}
        """;

    ScorecardsException e = assertThrows(ScorecardsException.class, () -> ScorecardsLoader.parse("s.yaml", yaml));

    assertEquals(1, e.problems().size());
    assertTrue(e.getMessage().startsWith("s.yaml:5: invalid YAML: "), e.getMessage());
  }

  @Test
  void anEmptyDocumentAWrongShapeAndAKeyWrittenTwiceAreNamed() {
    assertEquals(List.of("s.yaml:1: the document is empty; it needs at least 'scorecards:' with one default"
        + " scorecard"), problems(""));
    assertEquals(List.of("s.yaml:1: the document must be a YAML mapping with 'scorecards:' (was a list)"),
        problems("- name: Standard\n"));
    assertEquals(List.of(
        "s.yaml:1: scorecard: unknown key; did you mean 'scorecards'?",
        "s.yaml:1: scorecards: is required: the list of scorecards, one of them with 'default: true'"),
        problems("scorecard: []\n"));
    assertEquals(List.of("s.yaml:6: scorecards[0].measures.nps: is written twice (first at line 5)"), problems("""
        scorecards:
          - name: Standard
            default: true
            measures:
              nps: {weight: 1, red: 0, green: 40}
              nps: {weight: 2, red: 0, green: 40}
        """));
  }

  @Test
  void aValidDocumentOfOneDefaultScorecardIsEnough() throws Exception {
    ScorecardSet set = ScorecardsLoader.parse("s.yaml", """
        scorecards:
          - name: Everyone
            default: true
            measures:
              usage: {weight: 1, red: 40, green: 100}
        """);

    assertEquals("Everyone", set.forSegment("Enterprise").name());
    assertEquals(List.of(), set.keyFeatures());
    assertEquals(90, set.onboardingTargetDays());
  }

  private static List<String> problems(String yaml) {
    return assertThrows(ScorecardsException.class, () -> ScorecardsLoader.parse("s.yaml", yaml)).problems().stream()
        .map(ScorecardsProblem::toString).toList();
  }
}
