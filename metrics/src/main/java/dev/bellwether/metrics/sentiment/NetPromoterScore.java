package dev.bellwether.metrics.sentiment;

import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneId;
import java.util.Collection;

/**
 * NPS (domain.md, "Customer sentiment"): promoters answer 9–10, passives 7–8, detractors 0–6;
 * NPS = % promoters − % detractors, from −100 to 100.
 */
public record NetPromoterScore(int promoters, int passives, int detractors) {

  private static final String NO_ANSWERS = "no NPS answer";

  /** Counts the NPS answers among {@code answers} (CSAT answers are ignored). */
  public static NetPromoterScore of(Collection<SurveyAnswer> answers) {
    int promoters = 0, passives = 0, detractors = 0;
    for (SurveyAnswer answer : answers) {
      if (answer.kind() != SurveyKind.NPS) {
        continue;
      }
      if (answer.score() >= 9) {
        promoters++;
      } else if (answer.score() >= 7) {
        passives++;
      } else {
        detractors++;
      }
    }
    return new NetPromoterScore(promoters, passives, detractors);
  }

  /** The NPS answers given in {@code period} on the wall clock of {@code zone}. */
  public static NetPromoterScore of(Collection<SurveyAnswer> answers, ReportingPeriod period, ZoneId zone) {
    return of(answers.stream().filter(a -> period.contains(a.answeredAt(), zone)).toList());
  }

  public int answers() {
    return promoters + passives + detractors;
  }

  public MetricValue<Ratio> promoterShare() {
    return Ratio.of(promoters, answers(), NO_ANSWERS);
  }

  public MetricValue<Ratio> detractorShare() {
    return Ratio.of(detractors, answers(), NO_ANSWERS);
  }

  /** % promoters − % detractors, to 16 significant digits. */
  public MetricValue<BigDecimal> score() {
    if (answers() == 0) {
      return MetricValue.notDefined(NO_ANSWERS);
    }
    return MetricValue.of(
        BigDecimal.valueOf(100L * (promoters - detractors))
            .divide(BigDecimal.valueOf(answers()), MathContext.DECIMAL64));
  }
}
