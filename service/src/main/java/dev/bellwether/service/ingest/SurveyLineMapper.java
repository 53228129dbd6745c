package dev.bellwether.service.ingest;

import dev.bellwether.store.signals.SurveyAnswer;
import dev.bellwether.store.signals.SurveyType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Survey lines: {@code answer_id}?, {@code account_id}, {@code contact_id}?, {@code survey}
 * ({@code nps} 0–10 or {@code csat} 1–5, any case), {@code score}, {@code answered_at} (an instant,
 * or a day read as its start in UTC), {@code comment}?. A missing {@code answer_id} is derived from
 * account, contact, survey and answered at.
 */
final class SurveyLineMapper implements LineMapper<SurveyAnswer> {
  static final int COMMENT_LENGTH = 10_000;

  private final DerivedIds ids = new DerivedIds();

  @Override
  public SurveyAnswer map(RecordFields f) throws FieldProblem {
    String answerId = f.id("answer_id", UsageLineMapper.ID_LENGTH, false);
    String account = f.id("account_id", UsageLineMapper.ACCOUNT_LENGTH, true);
    String contact = f.id("contact_id", UsageLineMapper.ACCOUNT_LENGTH, false);
    String surveyText = f.required("survey");
    SurveyType survey = SurveyType.fromCode(surveyText);
    if (survey == null) {
      throw new FieldProblem("survey", "'" + RecordFields.shorten(surveyText) + "' is not nps or csat");
    }
    long score = f.whole("score", true);
    if (!survey.allows(score)) {
      throw new FieldProblem("score", score + " is outside " + survey.minScore() + "–" + survey.maxScore()
          + " for a" + (survey == SurveyType.NPS ? "n " : " ") + survey.code() + " answer");
    }
    Instant answeredAt = answeredAt(f);
    String comment = f.id("comment", COMMENT_LENGTH, false);
    String id = answerId != null ? answerId
        : ids.of("survey", LocalDate.ofInstant(answeredAt, ZoneOffset.UTC), account, contact, survey.code(),
            answeredAt.toString());
    return new SurveyAnswer(id, account, contact, survey, (int) score, answeredAt, comment);
  }

  private static Instant answeredAt(RecordFields f) throws FieldProblem {
    String text = f.required("answered_at");
    LocalDate day = IsoTimes.day(text);
    return day != null ? day.atStartOfDay(ZoneOffset.UTC).toInstant() : f.instant("answered_at", true);
  }
}
