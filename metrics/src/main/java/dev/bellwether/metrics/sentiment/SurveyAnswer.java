package dev.bellwether.metrics.sentiment;

import java.time.Instant;
import java.util.Objects;

/** One answer of an account's contact to an NPS or CSAT survey. */
public record SurveyAnswer(String answerId, String accountId, SurveyKind kind, int score, Instant answeredAt) {

  public SurveyAnswer {
    Objects.requireNonNull(answerId, "answerId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(answeredAt, "answeredAt");
    if (score < kind.lowest() || score > kind.highest()) {
      throw new IllegalArgumentException(
          kind + " answer " + answerId + " of account " + accountId + " scores " + score
              + ", outside " + kind.lowest() + "–" + kind.highest());
    }
  }
}
