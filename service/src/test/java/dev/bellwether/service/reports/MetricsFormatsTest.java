package dev.bellwether.service.reports;

import static dev.bellwether.service.reports.BookAssemblerTest.Q3;
import static dev.bellwether.service.reports.BookAssemblerTest.SETTINGS;
import static dev.bellwether.service.reports.SampleBook.A1;
import static dev.bellwether.service.reports.SampleBook.A2;
import static dev.bellwether.service.reports.SampleBook.AS_OF;
import static dev.bellwether.service.reports.SampleBook.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.book.Book;
import dev.bellwether.metrics.book.Breakdown;
import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.book.PeriodMetricsCalculator;
import dev.bellwether.service.scoring.book.CrmBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The metrics report as a table, CSV and JSON, over the hand-made book. */
class MetricsFormatsTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private static MetricsReport report(Optional<GroupBy> by) throws Exception {
    InMemorySignals signals = new InMemorySignals().nps(A1, LocalDate.of(2025, 7, 10), 10, 9, 6, 8)
        .nps(A2, LocalDate.of(2025, 9, 30), 7);
    CrmBook crm = BookAssemblerTest.crm(SampleBook.records(ORG));
    Book book = new BookAssembler(signals, SETTINGS).assemble(ORG, crm, BookAssemblerTest.renewals(crm, AS_OF), Q3);
    PeriodMetricsCalculator calculator = new PeriodMetricsCalculator(SETTINGS);
    if (by.isEmpty()) {
      return new MetricsReport(ORG, Q3, AS_OF, ReportSettings.DEFAULTS, by, calculator.compute(book, Q3, AS_OF),
          new TreeMap<>());
    }
    Breakdown<PeriodMetrics> breakdown = calculator.breakdown(book, Q3, AS_OF, by.get());
    return new MetricsReport(ORG, Q3, AS_OF, ReportSettings.DEFAULTS, by, breakdown.book(), breakdown.groups());
  }

  @Test
  void tableLinesUpItsColumnsAndGivesTheReasonOfEveryUndefinedValue() throws Exception {
    String text = MetricsTable.render(report(Optional.of(GroupBy.SEGMENT)));
    List<String> lines = text.lines().toList();

    assertEquals("Metrics for 2025-Q3 (2025-07-01 to 2025-09-30) of org " + ORG + ", by segment; as of 2025-10-15,"
        + " amounts in USD, days in UTC", lines.get(0));
    List<String> table = lines.subList(2, 2 + 1 + MetricCatalogue.ROWS.size());
    assertTrue(table.get(0).matches("Metric +Whole book +Enterprise +Mid-Market +SMB"), table.get(0));
    assertTrue(table.stream().allMatch(l -> l.length() == table.get(0).length()),
        "right-aligned columns end together:\n" + String.join("\n", table));
    String grr = line(table, "Gross revenue retention (GRR)");
    assertTrue(grr.matches("Gross revenue retention \\(GRR\\) +80\\.95% +100\\.00% +83\\.33% +40\\.00%"), grr);
    assertTrue(line(table, "ARR at start").contains("252,000.00"), line(table, "ARR at start"));
    String nps = line(table, "NPS");
    assertTrue(nps.matches("NPS +20\\.0 +25\\.0 +– \\((\\d+)\\) +0\\.0"), nps);
    String mark = nps.replaceAll(".*– \\((\\d+)\\).*", "$1");
    assertTrue(text.contains("\nNot defined:\n"), text);
    assertTrue(text.contains("\n(" + mark + ") no NPS answer\n"), text);
    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
  }

  @Test
  void csvHasAHeaderRowQuotesFieldsAsRfc4180AndSaysWhyAValueIsMissing() throws Exception {
    String csv = MetricsCsv.render(report(Optional.of(GroupBy.OWNER)));
    List<String> rows = List.of(csv.split("\r\n", -1));

    assertTrue(csv.endsWith("\r\n"));
    assertFalse(csv.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    assertEquals("metric,label,unit,Whole book,Dana Lee,\"Park, Sam\"", rows.get(0));
    assertEquals(MetricCatalogue.ROWS.size() + 2, rows.size(), "header, one row per metric, and the final CRLF");
    assertTrue(rows.contains("arrStart,ARR at start,USD,252000.00,192000.00,60000.00"), csv);
    assertTrue(rows.contains("grr,Gross revenue retention (GRR),percent,80.95,93.75,40.00"), csv);
    assertTrue(rows.contains("nrr,Net revenue retention (NRR),percent,97.62,109.38,60.00"), csv);
    assertTrue(rows.contains("renewalsDue,Renewals due,count,3,2,1"), csv);
    assertTrue(rows.contains("onboardingCompletion,Onboarding completion,percent,"
        + "not defined: the onboarding window of all 1 new accounts is still open,"
        + "not defined: the onboarding window of all 1 new accounts is still open,"
        + "not defined: no new account in the cohort"), csv);
  }

  @Test
  void csvFieldsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertEquals("plain", Csv.field("plain"));
    assertEquals("\"a,b\"", Csv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
    assertEquals("a,\"b,c\"\r\n", new Csv().line(List.of("a", "b,c")).toString());
  }

  @Test
  void jsonKeepsEveryKeyInCatalogueOrderWithNullAndAReasonWhenNotDefined() throws Exception {
    String text = mapper.writeValueAsString(MetricsJson.of(report(Optional.of(GroupBy.SEGMENT)), mapper));
    JsonNode json = mapper.readTree(text);

    assertEquals(List.of("orgId", "period", "from", "to", "asOf", "currency", "zone", "by", "units", "book", "groups"),
        names(json.fieldNames()));
    assertEquals("2025-Q3", json.get("period").asText());
    assertEquals("segment", json.get("by").asText());
    List<String> keys = MetricCatalogue.ROWS.stream().map(MetricRow::key).toList();
    assertEquals(keys, names(json.get("book").get("values").fieldNames()));
    assertEquals(keys, names(json.get("units").fieldNames()));
    assertEquals("percent", json.get("units").get("grr").asText());
    assertEquals("USD", json.get("units").get("ltv").asText());
    assertTrue(text.contains("\"values\":{\"arrStart\":252000.00,\"arrEnd\":306000.00,"), text);
    assertTrue(text.contains("\"grr\":80.95,\"nrr\":97.62,"), text);
    JsonNode midMarket = json.get("groups").get("Mid-Market");
    assertTrue(midMarket.get("values").get("nps").isNull());
    assertEquals("no NPS answer", midMarket.get("notDefined").get("nps").asText());
    assertEquals(keys, names(midMarket.get("values").fieldNames()));
    assertEquals(List.of("Enterprise", "Mid-Market", "SMB"), names(json.get("groups").fieldNames()));
  }

  @Test
  void withoutGroupingTheJsonHasNoGroupsAndByIsNull() throws Exception {
    String text = mapper.writeValueAsString(MetricsJson.of(report(Optional.empty()), mapper));
    JsonNode json = mapper.readTree(text);

    assertTrue(json.get("by").isNull());
    assertEquals(0, json.get("groups").size());
    assertTrue(text.contains("\"arrEnd\":306000.00,"), text);
  }

  private static String line(List<String> table, String label) {
    return table.stream().filter(l -> l.startsWith(label + "  ")).findFirst().orElseThrow(() ->
        new AssertionError("no line " + label + " in\n" + String.join("\n", table)));
  }

  private static List<String> names(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
