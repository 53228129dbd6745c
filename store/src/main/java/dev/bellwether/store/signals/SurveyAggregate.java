package dev.bellwether.store.signals;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * One account's survey answers in a window.
 *
 * @param accountId the CRM account
 * @param npsAnswers NPS answers
 * @param npsPromoters NPS answers of 9 or 10
 * @param npsDetractors NPS answers of 0 to 6
 * @param npsScoreSum the sum of NPS scores, for an average
 * @param csatAnswers CSAT answers
 * @param csatSatisfied CSAT answers of 4 or 5
 * @param csatScoreSum the sum of CSAT scores, for an average
 * @param lastAnsweredAt the latest answer of either survey
 */
public record SurveyAggregate(String accountId, int npsAnswers, int npsPromoters, int npsDetractors,
    long npsScoreSum, int csatAnswers, int csatSatisfied, long csatScoreSum, Instant lastAnsweredAt) {

  /** NPS answers of 7 or 8. */
  public int npsPassives() {
    return npsAnswers - npsPromoters - npsDetractors;
  }

  /** %promoters - %detractors, from -100 to 100; empty without NPS answers. */
  public OptionalDouble nps() {
    return npsAnswers == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (npsPromoters - npsDetractors) / npsAnswers);
  }

  /** The share of CSAT answers that are 4 or 5, from 0 to 1; empty without CSAT answers. */
  public OptionalDouble csat() {
    return csatAnswers == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) csatSatisfied / csatAnswers);
  }
}
