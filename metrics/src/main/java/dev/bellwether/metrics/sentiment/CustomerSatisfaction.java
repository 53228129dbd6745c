package dev.bellwether.metrics.sentiment;

import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.time.ZoneId;
import java.util.Collection;

/** CSAT (domain.md, "Customer sentiment"): the share of 1–5 answers that are 4 or 5. */
public record CustomerSatisfaction(int satisfied, int answers) {

  /** Counts the CSAT answers among {@code answers} (NPS answers are ignored). */
  public static CustomerSatisfaction of(Collection<SurveyAnswer> answers) {
    int satisfied = 0, total = 0;
    for (SurveyAnswer answer : answers) {
      if (answer.kind() == SurveyKind.CSAT) {
        total++;
        if (answer.score() >= 4) {
          satisfied++;
        }
      }
    }
    return new CustomerSatisfaction(satisfied, total);
  }

  /** The CSAT answers given in {@code period} on the wall clock of {@code zone}. */
  public static CustomerSatisfaction of(
      Collection<SurveyAnswer> answers, ReportingPeriod period, ZoneId zone) {
    return of(answers.stream().filter(a -> period.contains(a.answeredAt(), zone)).toList());
  }

  /** Answers of 4 or 5 ÷ answers. */
  public MetricValue<Ratio> csat() {
    return Ratio.of(satisfied, answers, "no CSAT answer");
  }
}
