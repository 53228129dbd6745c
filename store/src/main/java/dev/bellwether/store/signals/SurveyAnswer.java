package dev.bellwether.store.signals;

import java.time.Instant;
import java.util.Objects;

/**
 * One survey answer.
 *
 * @param answerId the sender's id, or one derived from the natural key; unique per org
 * @param accountId the CRM account
 * @param contactId the CRM contact who answered, or null when unknown
 * @param survey NPS or CSAT
 * @param score within the survey's range
 * @param answeredAt when it was answered
 * @param comment the free-text comment, or null
 */
public record SurveyAnswer(String answerId, String accountId, String contactId, SurveyType survey, int score,
    Instant answeredAt, String comment) {

  public SurveyAnswer {
    Objects.requireNonNull(answerId, "answerId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(answeredAt, "answeredAt");
    if (!survey.allows(score)) {
      throw new IllegalArgumentException("score " + score + " is outside " + survey.minScore() + "-"
          + survey.maxScore() + " for a " + survey.code() + " answer");
    }
  }
}
