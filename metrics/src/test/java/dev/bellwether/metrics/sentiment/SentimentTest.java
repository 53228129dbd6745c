package dev.bellwether.metrics.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.Ratio;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SentimentTest {

  private static final ZoneId ORG = ZoneId.of("America/Los_Angeles");
  private static final Instant AUGUST = Instant.parse("2025-08-15T18:00:00Z");
  private final AtomicInteger ids = new AtomicInteger();

  @Test
  void npsIsPromoterShareMinusDetractorShare() {
    // Domain example: 10 promoters, 10 passives, 5 detractors of 25: 40% − 20% = 20.
    List<SurveyAnswer> domain = new ArrayList<>();
    repeat(domain, SurveyKind.NPS, 10, 10);
    repeat(domain, SurveyKind.NPS, 7, 10);
    repeat(domain, SurveyKind.NPS, 6, 5);
    assertScore("20", NetPromoterScore.of(domain));

    // 10, 9, 9 promote; 8, 7 are passive; 6, 3, 0 detract: 3/8 − 3/8 = 0.
    assertScore("0", NetPromoterScore.of(nps(10, 9, 9, 8, 7, 6, 3, 0)));
    // 12 promoters, 5 passives, 3 detractors of 20: 60% − 15% = 45.
    List<SurveyAnswer> twenty = new ArrayList<>();
    repeat(twenty, SurveyKind.NPS, 9, 12);
    repeat(twenty, SurveyKind.NPS, 8, 5);
    repeat(twenty, SurveyKind.NPS, 0, 3);
    assertScore("45", NetPromoterScore.of(twenty));
    // 9, 9, 0: 66.67% − 33.33% = 33.33...
    assertScore("33.33333333333333", NetPromoterScore.of(nps(9, 9, 0)));
    assertTrue(NetPromoterScore.of(nps(9, 9, 0)).promoterShare().value().isEqualTo(2, 3));
  }

  @Test
  void csatIsTheShareOfFoursAndFives() {
    List<SurveyAnswer> answers = csat(5, 4, 4, 3, 2, 1, 5);
    answers.addAll(nps(0, 0)); // NPS answers do not count
    CustomerSatisfaction result = CustomerSatisfaction.of(answers);
    assertEquals(7, result.answers());
    assertTrue(result.csat().value().isEqualTo(4, 7));
  }

  @Test
  void noAnswersIsNotDefinedAndOutOfScaleAnswersAreRejected() {
    assertEquals("no NPS answer", NetPromoterScore.of(csat(5)).score().reason().orElseThrow());
    assertFalse(CustomerSatisfaction.of(nps(9)).csat().isDefined());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new SurveyAnswer("s1", "A", SurveyKind.NPS, 11, AUGUST));
    assertTrue(e.getMessage().contains("s1") && e.getMessage().contains("0–10"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SurveyAnswer("s2", "A", SurveyKind.CSAT, 0, AUGUST));
  }

  @Test
  void answersCountInThePeriodOfTheOrgsWallClock() {
    ReportingPeriod q3 = ReportingPeriod.quarter(2025, 3);
    Instant lastEvening = LocalDateTime.of(2025, 9, 30, 23, 30).atZone(ORG).toInstant();
    Instant nextMorning = LocalDateTime.of(2025, 10, 1, 0, 30).atZone(ORG).toInstant();
    List<SurveyAnswer> answers =
        List.of(
            new SurveyAnswer("a", "A", SurveyKind.NPS, 10, lastEvening),
            new SurveyAnswer("b", "A", SurveyKind.NPS, 0, nextMorning),
            new SurveyAnswer("c", "A", SurveyKind.CSAT, 5, lastEvening),
            new SurveyAnswer("d", "A", SurveyKind.CSAT, 1, nextMorning));
    assertScore("100", NetPromoterScore.of(answers, q3, ORG));
    assertScore("-100", NetPromoterScore.of(answers, q3.next(), ORG));
    assertTrue(CustomerSatisfaction.of(answers, q3, ORG).csat().value().isEqualTo(1, 1));
  }

  @Property(tries = 300)
  void npsStaysWithinMinusAndPlusHundred(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 10) Integer> scores) {
    BigDecimal score = NetPromoterScore.of(nps(scores.stream().mapToInt(Integer::intValue).toArray())).score().value();
    assertTrue(score.compareTo(BigDecimal.valueOf(-100)) >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0, score::toString);
  }

  @Property(tries = 200)
  void passivesPullNpsTowardZero(
      @ForAll @Size(min = 1, max = 100) List<@IntRange(min = 0, max = 10) Integer> scores,
      @ForAll @IntRange(min = 1, max = 50) int passives) {
    List<SurveyAnswer> answers = nps(scores.stream().mapToInt(Integer::intValue).toArray());
    BigDecimal before = NetPromoterScore.of(answers).score().value();
    repeat(answers, SurveyKind.NPS, 8, passives);
    BigDecimal after = NetPromoterScore.of(answers).score().value();
    assertTrue(after.abs().compareTo(before.abs()) <= 0);
    assertEquals(before.signum(), after.signum());
  }

  @Property(tries = 200)
  void allPromotersIsHundredAndAllDetractorsMinusHundred(@ForAll @IntRange(min = 1, max = 100) int n, @ForAll @IntRange(min = 0, max = 6) int low) {
    List<SurveyAnswer> promoters = new ArrayList<>();
    repeat(promoters, SurveyKind.NPS, 9 + n % 2, n);
    assertEquals(0, NetPromoterScore.of(promoters).score().value().compareTo(BigDecimal.valueOf(100)));
    List<SurveyAnswer> detractors = new ArrayList<>();
    repeat(detractors, SurveyKind.NPS, low, n);
    assertEquals(0, NetPromoterScore.of(detractors).score().value().compareTo(BigDecimal.valueOf(-100)));
  }

  @Property(tries = 300)
  void csatStaysBetweenZeroAndOneAndASatisfiedAnswerNeverLowersIt(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 1, max = 5) Integer> scores,
      @ForAll @IntRange(min = 4, max = 5) int satisfied) {
    List<SurveyAnswer> answers = csat(scores.stream().mapToInt(Integer::intValue).toArray());
    Ratio before = CustomerSatisfaction.of(answers).csat().value();
    assertTrue(before.numerator().signum() >= 0 && before.numerator().compareTo(before.denominator()) <= 0);
    answers.add(new SurveyAnswer("extra", "A", SurveyKind.CSAT, satisfied, AUGUST));
    assertTrue(CustomerSatisfaction.of(answers).csat().value().compareTo(before) >= 0);
  }

  private List<SurveyAnswer> nps(int... scores) {
    return answers(SurveyKind.NPS, scores);
  }

  private List<SurveyAnswer> csat(int... scores) {
    return answers(SurveyKind.CSAT, scores);
  }

  private List<SurveyAnswer> answers(SurveyKind kind, int... scores) {
    List<SurveyAnswer> answers = new ArrayList<>();
    for (int score : scores) {
      answers.add(new SurveyAnswer("s" + ids.incrementAndGet(), "A", kind, score, AUGUST));
    }
    return answers;
  }

  private void repeat(List<SurveyAnswer> into, SurveyKind kind, int score, int times) {
    for (int i = 0; i < times; i++) {
      into.add(new SurveyAnswer("s" + ids.incrementAndGet(), "A" + i, kind, score, AUGUST));
    }
  }

  private static void assertScore(String expected, NetPromoterScore nps) {
    BigDecimal score = nps.score().value();
    assertEquals(0, score.compareTo(new BigDecimal(expected)), () -> "NPS " + score + ", expected " + expected);
  }
}
