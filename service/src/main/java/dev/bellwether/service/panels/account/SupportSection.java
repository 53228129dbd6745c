package dev.bellwether.service.panels.account;

import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.signals.SurveyAnswer;
import dev.bellwether.store.signals.SurveyType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recent NPS and CSAT, and the open and aged cases. */
final class SupportSection {
  /** domain.md: an open case older than this many days is aged. */
  static final int AGED_DAYS = 14;
  /** The survey window scoring uses (ScoringSettings' default). */
  static final int SURVEY_DAYS = 180;
  private static final int SHOWN_CASES = 10;
  private static final int SHOWN_ANSWERS = 5;

  Map<String, Object> sentiment(AccountFacts facts, PanelView v) {
    Instant since = v.today().minusDays(SURVEY_DAYS).atStartOfDay(v.fmt().zone()).toInstant();
    List<SurveyAnswer> recent = facts.answers().stream().filter(a -> !a.answeredAt().isBefore(since)).toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nps", nps(recent, v));
    m.put("csat", csat(recent, v));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SurveyAnswer a : facts.answers().subList(0, Math.min(SHOWN_ANSWERS, facts.answers().size()))) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("survey", v.msg().get(a.survey() == SurveyType.NPS ? "survey.nps" : "survey.csat"));
      r.put("score", v.fmt().number(a.score()));
      r.put("date", v.fmt().date(a.answeredAt()));
      r.put("comment", a.comment() == null ? "" : a.comment());
      rows.add(r);
    }
    m.put("answers", rows);
    return m;
  }

  /** NPS = %promoters − %detractors of the window's NPS answers; "no answers" without any. */
  static String nps(List<SurveyAnswer> answers, PanelView v) {
    List<Integer> scores = answers.stream().filter(a -> a.survey() == SurveyType.NPS).map(SurveyAnswer::score).toList();
    if (scores.isEmpty()) {
      return v.msg().get("survey.noAnswers");
    }
    long promoters = scores.stream().filter(s -> s >= 9).count();
    long detractors = scores.stream().filter(s -> s <= 6).count();
    double nps = 100.0 * (promoters - detractors) / scores.size();
    return v.msg().format("survey.npsValue", v.one(nps), scores.size());
  }

  /** CSAT = share of the window's CSAT answers that are 4 or 5. */
  static String csat(List<SurveyAnswer> answers, PanelView v) {
    List<Integer> scores = answers.stream().filter(a -> a.survey() == SurveyType.CSAT).map(SurveyAnswer::score)
        .toList();
    if (scores.isEmpty()) {
      return v.msg().get("survey.noAnswers");
    }
    double csat = 100.0 * scores.stream().filter(s -> s >= 4).count() / scores.size();
    return v.msg().format("survey.csatValue", v.one(csat), scores.size());
  }

  Map<String, Object> cases(AccountFacts facts, PanelView v) {
    List<StoredRecord> open = facts.cases().stream().filter(c -> !new RecordFields(c.fields()).flag("IsClosed"))
        .sorted(Comparator.comparing(c -> created(c, v), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    int aged = 0;
    for (StoredRecord c : open) {
      RecordFields f = new RecordFields(c.fields());
      LocalDate created = created(c, v);
      long age = created == null ? 0 : ChronoUnit.DAYS.between(created, v.today());
      boolean isAged = age > AGED_DAYS;
      aged += isAged ? 1 : 0;
      if (rows.size() < SHOWN_CASES) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("number", f.text("CaseNumber") == null ? c.crmId() : f.text("CaseNumber"));
        r.put("subject", f.text("Subject") == null ? "" : f.text("Subject"));
        r.put("priority", v.picklist("priority", f.text("Priority")));
        r.put("age", v.msg().format("cases.age", age));
        r.put("aged", isAged);
        rows.add(r);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("summary", v.msg().format("cases.summary", open.size(), aged, AGED_DAYS));
    m.put("open", rows);
    m.put("more", open.size() > rows.size() ? v.msg().format("cases.more", open.size() - rows.size()) : "");
    return m;
  }

  private static LocalDate created(StoredRecord c, PanelView v) {
    Instant at = new RecordFields(c.fields()).instant("CreatedDate");
    return at == null ? null : LocalDate.ofInstant(at, v.fmt().zone());
  }
}
