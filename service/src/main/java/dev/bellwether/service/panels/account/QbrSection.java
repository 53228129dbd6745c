package dev.bellwether.service.panels.account;

import dev.bellwether.service.panels.account.AccountFacts.Adoption;
import dev.bellwether.service.panels.account.AccountFacts.UsageDay;
import dev.bellwether.service.scoring.ScoringSettings;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.signals.SurveyAnswer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The QBR summary of the last ended quarter: usage and adoption against the quarter before, SLA
 * performance of the quarter's cases, NPS and CSAT, the renewal, and expansion and risk signals
 * (domain.md, "From the field": ≥ 80% of licences active, usage down ≥ 25%).
 */
final class QbrSection {
  static final double EXPANSION_SEATS = 0.8;
  static final double USAGE_SWING = 0.25;
  private final ScoringSettings targets = ScoringSettings.defaults(java.time.ZoneOffset.UTC);

  Map<String, Object> model(AccountFacts facts, Quarter q, PanelView v, Map<String, Object> renewal,
      Map<String, Object> health) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", v.msg().format("qbr.period", q.number(), String.valueOf(q.year()), v.fmt().date(q.start()),
        v.fmt().date(q.end())));
    long events = events(facts.usage(), q);
    long before = events(facts.usage(), q.previous());
    m.put("events", v.fmt().number(events));
    m.put("eventsChange", before == 0 ? v.msg().get("value.none")
        : v.msg().format("unit.percent", v.signed(100.0 * (events - before) / before)));
    Adoption a = facts.quarterAdoption();
    m.put("features", v.fmt().number(a.features()));
    m.put("activeUsers", a.licensedSeats() == null ? v.fmt().number(a.activeUsers())
        : v.msg().format("qbr.usersOfSeats", a.activeUsers(), a.licensedSeats()));
    m.put("sla", sla(facts.cases(), q, v));
    List<SurveyAnswer> answers = facts.answers().stream()
        .filter(x -> q.contains(LocalDate.ofInstant(x.answeredAt(), v.fmt().zone()))).toList();
    m.put("nps", SupportSection.nps(answers, v));
    m.put("csat", SupportSection.csat(answers, v));
    m.put("renewal", renewal);
    m.put("signals", signals(events, before, a, health, v));
    return m;
  }

  private static long events(List<UsageDay> days, Quarter q) {
    return days.stream().filter(d -> q.contains(d.day())).mapToLong(UsageDay::events).sum();
  }

  /** Cases opened in the quarter: closed within their priority's resolution target, or not (yet). */
  private Map<String, Object> sla(List<StoredRecord> cases, Quarter q, PanelView v) {
    Instant end = q.end().plusDays(1).atStartOfDay(v.fmt().zone()).toInstant();
    int opened = 0;
    int met = 0;
    for (StoredRecord c : cases) {
      RecordFields f = new RecordFields(c.fields());
      Instant created = f.instant("CreatedDate");
      if (created == null || !q.contains(LocalDate.ofInstant(created, v.fmt().zone()))) {
        continue;
      }
      opened++;
      Instant closed = f.instant("ClosedDate");
      Instant resolvedBy = closed == null ? end : closed;
      if (closed != null && Duration.between(created, resolvedBy).toHours()
          <= targets.resolutionTargetHours(f.text("Priority"))) {
        met++;
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("opened", v.fmt().number(opened));
    m.put("met", opened == 0 ? v.msg().get("value.none")
        : v.msg().format("qbr.slaMet", v.one(100.0 * met / opened), met, opened));
    return m;
  }

  private static List<String> signals(long events, long before, Adoption a, Map<String, Object> health,
      PanelView v) {
    List<String> out = new ArrayList<>();
    if (a.licensedSeats() != null && a.licensedSeats() > 0 && a.activeUsers() >= EXPANSION_SEATS * a.licensedSeats()) {
      out.add(v.msg().format("qbr.signal.seats", v.one(100.0 * a.activeUsers() / a.licensedSeats())));
    }
    if (before > 0 && events >= before * (1 + USAGE_SWING)) {
      out.add(v.msg().get("qbr.signal.usageUp"));
    }
    if (before > 0 && events <= before * (1 - USAGE_SWING)) {
      out.add(v.msg().get("qbr.signal.usageDown"));
    }
    if ("green".equals(health.get("bandClass"))) {
      out.add(v.msg().get("qbr.signal.green"));
    }
    if ("red".equals(health.get("bandClass"))) {
      out.add(v.msg().get("qbr.signal.red"));
    }
    return out;
  }
}
