package dev.bellwether.devorg.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.seed.InMemorySink.Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signal files parse as documented and tell the truth about churn. */
class SignalFilesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final Set<String> FEATURES =
      Set.of("dashboards", "reports", "integrations", "automations", "api", "mobile");
  private static SeedRun run;
  private static List<JsonNode> usage;
  private static List<Map<String, String>> surveys;
  private static List<Map<String, String>> invoices;

  @BeforeAll
  static void seed(@TempDir Path dir) throws IOException {
    run = SeedRun.of(42, 800, TODAY, dir);
    usage = run.usage();
    surveys = run.csv("surveys.csv");
    invoices = run.csv("invoices.csv");
  }

  @Test
  void csvFilesStartWithTheDocumentedHeaders() throws IOException {
    assertEquals("account_id,contact_id,survey,score,answered_at,comment",
        run.firstLine("surveys.csv"));
    assertEquals("account_id,invoice_number,issued_on,due_on,amount,currency,paid_on",
        run.firstLine("invoices.csv"));
  }

  @Test
  void surveysParseAndReferToContactsOfTheirAccount() {
    assertTrue(surveys.size() > 1000, "surveys " + surveys.size());
    boolean sawQuotedComment = false;
    for (Map<String, String> s : surveys) {
      Row contact = run.sink.byId(s.get("contact_id"));
      assertNotNull(contact, s.toString());
      assertEquals(s.get("account_id"), contact.get("AccountId"));
      int score = Integer.parseInt(s.get("score"));
      switch (s.get("survey")) {
        case "NPS" -> assertTrue(score >= 0 && score <= 10, s.toString());
        case "CSAT" -> assertTrue(score >= 1 && score <= 5, s.toString());
        default -> throw new AssertionError("survey " + s.get("survey"));
      }
      assertTrue(Instant.parse(s.get("answered_at")).isBefore(midnight(TODAY)));
      sawQuotedComment |= s.get("comment").contains("\"") || s.get("comment").contains(",");
    }
    assertTrue(sawQuotedComment, "no comment exercised RFC 4180 quoting");
  }

  @Test
  void invoicesParseWithSaneDatesAndSomeOverdue() {
    Set<String> numbers = new HashSet<>();
    int overdue = 0;
    for (Map<String, String> inv : invoices) {
      assertEquals("Account", run.sink.byId(inv.get("account_id")).type());
      assertTrue(numbers.add(inv.get("invoice_number")), "duplicate " + inv);
      LocalDate issued = LocalDate.parse(inv.get("issued_on"));
      LocalDate due = LocalDate.parse(inv.get("due_on"));
      assertTrue(issued.isBefore(TODAY) && due.isAfter(issued), inv.toString());
      assertTrue(new BigDecimal(inv.get("amount")).signum() > 0);
      assertEquals("USD", inv.get("currency"));
      if (inv.get("paid_on").isEmpty()) {
        overdue += due.isBefore(TODAY) ? 1 : 0;
      } else {
        LocalDate paid = LocalDate.parse(inv.get("paid_on"));
        assertTrue(!paid.isBefore(issued) && paid.isBefore(TODAY), inv.toString());
      }
    }
    assertTrue(overdue > 5, "overdue " + overdue);
  }

  @Test
  void usageLinesAreWeeklyRollupsOrMilestones() {
    LocalDate lastWeek = LocalDate.of(2026, 3, 2); // the Monday of the last complete week
    Set<String> weeks = new HashSet<>();
    int milestones = 0;
    for (JsonNode line : usage) {
      assertEquals("Account", run.sink.byId(line.get("account_id").asText()).type());
      switch (line.get("type").asText()) {
        case "weekly" -> {
          LocalDate week = LocalDate.parse(line.get("week_start").asText());
          assertEquals(DayOfWeek.MONDAY, week.getDayOfWeek());
          assertTrue(!week.isAfter(lastWeek) && !week.isBefore(lastWeek.minusWeeks(51)));
          weeks.add(week.toString());
          assertTrue(FEATURES.contains(line.get("feature").asText()));
          int active = line.get("active_users").asInt();
          assertTrue(active >= 1 && active <= line.get("licensed_seats").asInt(), line.toString());
          assertTrue(line.get("events").asInt() >= active, line.toString());
        }
        case "milestone" -> {
          assertTrue(Instant.parse(line.get("occurred_at").asText()).isBefore(midnight(TODAY)));
          assertTrue(line.get("event").asText().matches("[a-z_]+"));
          milestones++;
        }
        default -> throw new AssertionError(line.toString());
      }
    }
    assertEquals(52, weeks.size());
    assertTrue(milestones > 800, "milestones " + milestones);
  }

  @Test
  void churnedAccountsUsedLessInTheirLastThreeMonthsThanRetainedOnesOfTheSameSegment() {
    Map<String, LocalDate> churned = run.churnDates();
    Set<String> retained = run.retained();
    Map<String, Row> accounts = run.accountsById();
    // Events per licensed seat per week, over the 13 weeks before churn (or before today).
    Map<String, Map<String, double[]>> weekly = new HashMap<>();
    for (JsonNode line : usage) {
      if ("weekly".equals(line.get("type").asText())) {
        String id = line.get("account_id").asText();
        LocalDate end = churned.containsKey(id) ? churned.get(id) : TODAY;
        LocalDate week = LocalDate.parse(line.get("week_start").asText());
        if (week.isBefore(end) && !week.isBefore(end.minusWeeks(13))) {
          double[] sums = weekly.computeIfAbsent(id, k -> new HashMap<>())
              .computeIfAbsent(week.toString(), k -> new double[1]);
          sums[0] += line.get("events").asDouble() / line.get("licensed_seats").asDouble();
        }
      }
    }
    Map<String, double[]> churnedBySegment = new HashMap<>();
    Map<String, double[]> retainedBySegment = new HashMap<>();
    for (Map.Entry<String, Map<String, double[]>> e : weekly.entrySet()) {
      if (e.getValue().size() < 8) {
        continue; // too little history in the window to compare
      }
      double mean = e.getValue().values().stream().mapToDouble(v -> v[0]).sum()
          / e.getValue().size();
      String segment = SeedRun.segment(accounts.get(e.getKey()));
      if (churned.containsKey(e.getKey())) {
        add(churnedBySegment, segment, mean);
      } else if (retained.contains(e.getKey())) {
        add(retainedBySegment, segment, mean);
      }
    }
    int compared = 0;
    for (String segment : churnedBySegment.keySet()) {
      double[] c = churnedBySegment.get(segment);
      double[] r = retainedBySegment.get(segment);
      if (c[1] >= 3 && r != null && r[1] >= 3) {
        double churnedMean = c[0] / c[1];
        double retainedMean = r[0] / r[1];
        assertTrue(churnedMean < 0.8 * retainedMean,
            segment + ": churned " + churnedMean + " vs retained " + retainedMean);
        compared++;
      }
    }
    assertTrue(compared >= 2, "segments compared " + compared);
  }

  @Test
  void churnedAccountsGaveMoreDetractorScoresThanRetainedOnes() {
    Map<String, LocalDate> churned = run.churnDates();
    Set<String> retained = run.retained();
    int[] churnedAnswers = new int[2];
    int[] retainedAnswers = new int[2];
    for (Map<String, String> s : surveys) {
      if (!"NPS".equals(s.get("survey"))) {
        continue;
      }
      String id = s.get("account_id");
      LocalDate answered = LocalDate.ofInstant(Instant.parse(s.get("answered_at")), ZoneOffset.UTC);
      // The year before the outcome: before churn, or before today for retained accounts.
      LocalDate end = churned.getOrDefault(id, TODAY);
      if (answered.isBefore(end.minusYears(1))) {
        continue;
      }
      int[] bucket = churned.containsKey(id) ? churnedAnswers
          : retained.contains(id) ? retainedAnswers : null;
      if (bucket != null) {
        bucket[0]++;
        bucket[1] += Integer.parseInt(s.get("score")) <= 6 ? 1 : 0;
      }
    }
    double churnedShare = churnedAnswers[1] / (double) churnedAnswers[0];
    double retainedShare = retainedAnswers[1] / (double) retainedAnswers[0];
    assertTrue(churnedAnswers[0] > 30, "churned NPS answers " + churnedAnswers[0]);
    assertTrue(churnedShare > retainedShare + 0.15,
        "detractors: churned " + churnedShare + " vs retained " + retainedShare);
  }

  @Test
  void churnedAccountsHadMoreUrgentCasesAndLatePaymentsInTheirLastSixMonths() {
    Map<String, LocalDate> churned = run.churnDates();
    Set<String> retained = run.retained();
    // {cases, Critical or High} in the 6 months before churn, or before today if retained.
    int[] churnedCases = new int[2];
    int[] retainedCases = new int[2];
    for (Row c : run.rows("Case")) {
      String id = c.string("AccountId");
      int[] bucket = churned.containsKey(id) ? churnedCases
          : retained.contains(id) ? retainedCases : null;
      LocalDate end = churned.getOrDefault(id, TODAY);
      LocalDate created = LocalDate.ofInstant((Instant) c.get("CreatedDate"), ZoneOffset.UTC);
      if (bucket != null && created.isAfter(end.minusMonths(6))) {
        bucket[0]++;
        bucket[1] += Set.of("Critical", "High").contains(c.string("Priority")) ? 1 : 0;
      }
    }
    double churnedUrgent = churnedCases[1] / (double) churnedCases[0];
    double retainedUrgent = retainedCases[1] / (double) retainedCases[0];
    assertTrue(churnedUrgent > retainedUrgent + 0.05,
        "urgent share: churned " + churnedUrgent + " vs retained " + retainedUrgent);

    // {invoices, paid late or never} issued in the same windows and already due.
    int[] churnedInvoices = new int[2];
    int[] retainedInvoices = new int[2];
    for (Map<String, String> inv : invoices) {
      String id = inv.get("account_id");
      int[] bucket = churned.containsKey(id) ? churnedInvoices
          : retained.contains(id) ? retainedInvoices : null;
      LocalDate end = churned.getOrDefault(id, TODAY);
      LocalDate issued = LocalDate.parse(inv.get("issued_on"));
      LocalDate due = LocalDate.parse(inv.get("due_on"));
      if (bucket != null && issued.isAfter(end.minusMonths(6)) && due.isBefore(TODAY)) {
        String paid = inv.get("paid_on");
        bucket[0]++;
        bucket[1] += paid.isEmpty() || LocalDate.parse(paid).isAfter(due) ? 1 : 0;
      }
    }
    double churnedLate = churnedInvoices[1] / (double) churnedInvoices[0];
    double retainedLate = retainedInvoices[1] / (double) retainedInvoices[0];
    assertTrue(churnedLate > 2 * retainedLate,
        "late share: churned " + churnedLate + " vs retained " + retainedLate);
  }

  private static void add(Map<String, double[]> bySegment, String segment, double value) {
    double[] sumAndCount = bySegment.computeIfAbsent(segment, k -> new double[2]);
    sumAndCount[0] += value;
    sumAndCount[1]++;
  }

  private static Instant midnight(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
