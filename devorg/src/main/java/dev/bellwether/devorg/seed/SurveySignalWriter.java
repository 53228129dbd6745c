package dev.bellwether.devorg.seed;

import dev.bellwether.devorg.seed.RandomStreams.Purpose;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@value #FILE_NAME}: relationship NPS twice a year, an NPS 90 days before each renewal,
 * and CSAT after some closed cases. Scores follow the account's health on the day answered.
 */
final class SurveySignalWriter {
  static final String FILE_NAME = "surveys.csv";
  static final String[] HEADER = {
    "account_id", "contact_id", "survey", "score", "answered_at", "comment"
  };
  private static final List<String> PROMOTER_COMMENTS = List.of(
      "Renewal forecasting alone pays for it.",
      "Great product, and support answers within the hour.",
      "Our CSMs live in the health dashboard, every morning.",
      "The \"at risk\" view saved two of our biggest accounts this year.",
      "팀 전체가 매일 사용하고 있습니다. 만족합니다.");
  private static final List<String> PASSIVE_COMMENTS = List.of(
      "Good, but reporting could be faster.",
      "Solid overall; the mobile app needs work.",
      "Does the job, though setup took longer than promised.",
      "Useful, but we still export to spreadsheets for QBRs.");
  private static final List<String> DETRACTOR_COMMENTS = List.of(
      "Too expensive for what we use.",
      "Sync breaks every few weeks, and nobody follows up.",
      "We never finished onboarding; most of the team doesn't log in.",
      "Support closes tickets without fixing them, \"works as designed\" is not an answer.",
      "Hard to prove ROI to our CFO, honestly.",
      "동기화 오류가 너무 자주 발생합니다.");
  private static final List<String> CSAT_GOOD = List.of(
      "Quick and clear, thanks!", "Fixed on the first reply.", "Great help, thank you.");
  private static final List<String> CSAT_BAD = List.of(
      "Took far too long.", "Had to explain the issue three times.",
      "Workaround only, the bug is still there.");

  private final LocalDate today;
  private final RandomStreams streams;

  SurveySignalWriter(LocalDate today, RandomStreams streams) {
    this.today = today;
    this.streams = streams;
  }

  Path write(BookOfBusiness book, SeededIds ids, Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    Instant asOf = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    try (CsvWriter out = new CsvWriter(file)) {
      out.row(HEADER);
      for (AccountPlan plan : book.accounts()) {
        if (!plan.history().customer()) {
          continue;
        }
        int index = plan.profile().index();
        List<String> contacts = ids.contactIds().get(index);
        for (Answer answer : answers(plan, streams.dice(Purpose.SURVEYS, index))) {
          if (answer.at().isBefore(asOf)) {
            out.row(ids.accountIds().get(index), contacts.get(answer.contact()), answer.survey(),
                Integer.toString(answer.score()), answer.at().toString(), answer.comment());
          }
        }
      }
    }
    return file;
  }

  private List<Answer> answers(AccountPlan plan, Dice dice) {
    AccountHistory history = plan.history();
    LocalDate since = history.customerSince();
    LocalDate until = history.activeUntil(today);
    boolean sponsorSurveyed = plan.contacts().size() > ContactRoster.SPONSOR
        && plan.profile().segment() != Segment.SMB;
    List<Answer> answers = new ArrayList<>();
    for (LocalDate sent = since.plusDays(60); sent.isBefore(until); sent = sent.plusDays(182)) {
      if (dice.chance(0.6)) {
        answers.add(nps(plan, ContactRoster.CHAMPION, sent, dice));
      }
      if (sponsorSurveyed && dice.chance(0.4)) {
        answers.add(nps(plan, ContactRoster.SPONSOR, sent, dice));
      }
    }
    // The field's rule of thumb: ask for NPS 90 days before every renewal.
    for (LocalDate end : history.termEnds()) {
      LocalDate sent = end.minusDays(90);
      if (sent.isAfter(since) && sent.isBefore(until) && dice.chance(0.7)) {
        answers.add(nps(plan, ContactRoster.CHAMPION, sent, dice));
      }
    }
    for (PlannedCase c : plan.cases()) {
      if (c.isClosed() && dice.chance(0.3)) {
        answers.add(csat(plan, c, dice));
      }
    }
    answers.sort(Comparator.comparing(Answer::at));
    return answers;
  }

  private Answer nps(AccountPlan plan, int contact, LocalDate sent, Dice dice) {
    LocalDate day = sent.plusDays(dice.between(0, 10));
    double health = plan.health().at(day);
    int score = clamp((int) Math.round(11 * health - 0.6 + 1.3 * dice.gaussian()), 0, 10);
    List<String> pool = score >= 9 ? PROMOTER_COMMENTS
        : score >= 7 ? PASSIVE_COMMENTS : DETRACTOR_COMMENTS;
    String comment = dice.chance(0.45) ? dice.pick(pool) : "";
    return new Answer(Math.min(contact, plan.contacts().size() - 1), "NPS", score,
        at(day, dice), comment);
  }

  private Answer csat(AccountPlan plan, PlannedCase c, Dice dice) {
    Instant at = c.closed().plusSeconds(dice.between(600, 3 * 86_400));
    double health = plan.health().at(LocalDate.ofInstant(at, ZoneOffset.UTC));
    double urgentPenalty = "Critical".equals(c.priority()) || "High".equals(c.priority()) ? 0.4 : 0;
    int score = clamp((int) Math.round(1 + 4.2 * health - urgentPenalty + 0.8 * dice.gaussian()),
        1, 5);
    String comment = dice.chance(0.35) ? dice.pick(score >= 4 ? CSAT_GOOD : CSAT_BAD) : "";
    return new Answer(c.contactIndex(), "CSAT", score, at, comment);
  }

  private static Instant at(LocalDate day, Dice dice) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(dice.between(0, 86_399));
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }

  private record Answer(int contact, String survey, int score, Instant at, String comment) {}
}
