package dev.bellwether.devorg.seed;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An account's support cases: more of them, and more urgent ones, as its health falls.
 *
 * <p>Cases carry their own CreatedDate so the book has cases of every age; a case is still open
 * today when its resolution time runs past today, which leaves a few aged cases where health is
 * poor and support is stretched.
 */
final class SupportHistory {
  private static final List<String> PRIORITIES = List.of("Critical", "High", "Medium", "Low");
  private static final List<String> TYPES = List.of("Problem", "Question", "Feature Request");
  private static final List<String> ORIGINS = List.of("Email", "Web", "Phone");
  private static final List<List<String>> SUBJECTS = List.of(
      List.of("Dashboard widgets show stale data", "Salesforce sync fails with INVALID_SESSION_ID",
          "Report export times out over 50,000 rows", "SSO login loop after IdP certificate rotation",
          "Automation rule fired twice for the same renewal", "Mobile app crashes on account timeline",
          "API returns 429 during nightly sync", "Health score missing for Enterprise scorecard",
          "Duplicate contacts after CSV import", "Scheduled report e-mails not delivered"),
      List.of("How do we add a custom measure to the health scorecard?",
          "Can we change the renewal reminder windows?", "How are licensed seats counted?",
          "Where do I see NPS by segment?", "How do I give finance read-only access?",
          "Best practice for QBR dashboards?", "Can we backfill usage from our data warehouse?"),
      List.of("Feature request: Slack alerts for at-risk renewals",
          "Feature request: export health history to CSV", "Feature request: custom churn reasons",
          "Feature request: \"snooze\" for renewal reminders", "Feature request: SAML group mapping"));
  private static final List<List<String>> KOREAN_SUBJECTS = List.of(
      List.of("대시보드 데이터가 갱신되지 않습니다", "보고서 내보내기 시간 초과", "동기화 오류: 세션 만료"),
      List.of("갱신 알림 기간을 변경할 수 있나요?", "라이선스 좌석은 어떻게 계산되나요?"),
      List.of("기능 요청: 한국어 설문 템플릿", "기능 요청: 카카오톡 알림"));
  private static final List<String> IMPACT = List.of(
      "Blocking the whole team; needs a fix before month-end close.",
      "Several users affected; a workaround exists but is slow.",
      "One team affected, limited impact.",
      "Low impact, asked at a convenient time.");
  private static final int[][] RESOLUTION_HOURS = {{2, 36}, {6, 96}, {12, 240}, {24, 600}};

  private final LocalDate today;

  SupportHistory(LocalDate today) {
    this.today = today;
  }

  List<PlannedCase> cases(AccountProfile account, AccountHistory history, HealthCurve health,
      boolean atRisk, int contactCount, Dice dice) {
    if (!history.customer()) {
      return List.of();
    }
    double perMonth = switch (account.segment()) {
      case ENTERPRISE -> 0.8;
      case MID_MARKET -> 0.35;
      case SMB -> 0.12;
    };
    LocalDate since = history.customerSince();
    LocalDate until = history.activeUntil(today);
    List<PlannedCase> cases = new ArrayList<>();
    for (LocalDate block = since; block.isBefore(until); block = block.plusDays(30)) {
      double h = health.at(block.plusDays(15));
      boolean onboarding = DAYS.between(since, block) < 60;
      double mean = perMonth * (0.5 + 1.5 * (1 - h)) * (onboarding ? 1.4 : 1.0);
      int count = dice.poisson(mean);
      for (int i = 0; i < count; i++) {
        LocalDate day = block.plusDays(dice.between(0, 29));
        if (day.isBefore(until)) {
          cases.add(oneCase(account, day, health.at(day), atRisk, contactCount, dice));
        }
      }
    }
    cases.sort(Comparator.comparing(PlannedCase::created));
    return cases;
  }

  private PlannedCase oneCase(AccountProfile account, LocalDate day, double health,
      boolean atRisk, int contactCount, Dice dice) {
    Instant created = day.atStartOfDay(ZoneOffset.UTC).toInstant()
        .plusSeconds(dice.between(6 * 3600, 20 * 3600));
    double sick = Math.max(0, Math.min(1, (0.9 - health) / 0.8));
    int priority = dice.weightedIndex(
        0.03 + 0.10 * sick, 0.12 + 0.20 * sick, 0.45 - 0.05 * sick, 0.40 - 0.25 * sick);
    int type = dice.weightedIndex(0.55, 0.35, 0.10);
    String origin = dice.weighted(ORIGINS, 0.5, 0.35, 0.15);
    boolean korean = account.location().market() == Market.KOREA && dice.chance(0.35);
    String subject = dice.pick((korean ? KOREAN_SUBJECTS : SUBJECTS).get(type));
    // Struggling accounts wait longer, and an at-risk account's backlog is part of its risk.
    double slowdown = (1 + 1.5 * (1 - health)) * (atRisk ? 2.5 : 1.0);
    int[] hours = RESOLUTION_HOURS[priority];
    long seconds = Math.round(dice.between(hours[0], hours[1]) * slowdown * 3600);
    Instant resolved = created.plusSeconds(seconds);
    Instant asOf = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    String status;
    Instant closed = null;
    if (resolved.isBefore(asOf)) {
      status = "Closed";
      closed = resolved;
    } else if (DAYS.between(day, today) <= 2) {
      status = "New";
    } else {
      status = priority <= 1 && dice.chance(0.5) ? "Escalated" : "Working";
    }
    String description = IMPACT.get(priority) + " Reported via " + origin.toLowerCase() + ".";
    return new PlannedCase(subject, description, status, PRIORITIES.get(priority), origin,
        TYPES.get(type), dice.between(0, contactCount - 1), created, closed);
  }
}
