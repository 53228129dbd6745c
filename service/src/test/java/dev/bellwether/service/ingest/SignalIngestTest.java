package dev.bellwether.service.ingest;

import static dev.bellwether.service.ingest.SignalTexts.in;
import static dev.bellwether.service.ingest.SignalTexts.rec;
import static dev.bellwether.service.ingest.SignalTexts.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.store.Store;
import dev.bellwether.store.signals.DateWindow;
import dev.bellwether.store.signals.InvoiceAggregate;
import dev.bellwether.store.signals.UsageAggregate;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** {@link SignalIngest} into a real store, H2 and PostgreSQL. */
class SignalIngestTest {
  private static final String ORG = "00D000000000001EAA";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void everyFormatOfEveryKindIsStored(TestDatabase db) throws Exception {
    Store store = db.store();
    for (InputFormat format : InputFormat.values()) {
      // One org per format, so each format's rows are counted on their own.
      String org = "org-" + format.code();
      for (SignalKind kind : SignalKind.values()) {
        List<Map<String, Object>> records = switch (kind) {
          case USAGE -> SignalTexts.usage();
          case SURVEYS -> SignalTexts.surveys();
          case INVOICES -> SignalTexts.invoices();
        };
        IngestSummary summary = new SignalIngest(store).ingest(new IngestRequest(org, kind, format, "f"),
            stream(in(format, records)), r -> {
              throw new AssertionError(kind + " " + format + ": " + r.message());
            });
        assertEquals(List.of(3L, 3L, 0L, 0L, 0L), counts(summary), kind + " " + format);
      }
      assertEquals(3, rows(store, "signal_usage", org), format.code());
      assertEquals(3, rows(store, "signal_survey", org), format.code());
      assertEquals(3, rows(store, "signal_invoice", org), format.code());
      assertEquals("Great, \"really\"", text(store, "SELECT comment FROM signal_survey WHERE org_id = ? AND score = 9",
          org));
      assertEquals(null, text(store, "SELECT comment FROM signal_survey WHERE org_id = ? AND score = 3", org));
    }
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void badLinesAreRejectedWithLineFieldAndReasonWhileTheGoodOnesAreKept(TestDatabase db) throws Exception {
    Store store = db.store();
    String text = "{\"account_id\":\"A\",\"feature\":\"reports\",\"occurred_at\":\"2024-03-05T10:00:00Z\"}\n"
        + "{\"account_id\":\"A\",\"feature\":\"reports\",\"occurred_at\":\"yesterday\"}\n"
        + "{\"account_id\":\"A\",\"feature\":\"re\n"
        + "{\"account_id\":\"A\",\"feature\":\"exports\",\"occurred_at\":\"2024-03-06T10:00:00Z\",\"count\":3}\n"
        + "{\"type\":\"weekly\",\"account_id\":\"A\",\"feature\":\"exports\",\"week_start\":\"2024-03-04\"}\n";
    List<Rejection> rejected = new ArrayList<>();

    IngestSummary summary = new SignalIngest(store, 2).ingest(
        new IngestRequest(ORG, SignalKind.USAGE, InputFormat.NDJSON, "usage.ndjson"), stream(text), rejected::add);

    assertEquals(List.of(5L, 2L, 0L, 0L, 3L), counts(summary));
    assertEquals(List.of(
        "usage.ndjson:2: occurred_at: 'yesterday' is not an instant such as 2024-03-01T10:15:30Z",
        "usage.ndjson:3: malformed JSON: Unexpected end-of-input in VALUE_STRING",
        "usage.ndjson:5: events: missing"), rejected.stream().map(Rejection::message).map(SignalIngestTest::firstLine)
        .toList());
    assertEquals("{\"account_id\":\"A\",\"feature\":\"reports\",\"occurred_at\":\"yesterday\"}", rejected.get(0).raw());
    assertEquals("{\"account_id\":\"A\",\"feature\":\"re", rejected.get(1).raw());
    assertEquals(List.of(new UsageAggregate("A", 4, 2, null, 0, null)), usage(store, "2024-03-31"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void ingestingTheSameInputAgainStoresNothingTwice(TestDatabase db) throws Exception {
    Store store = db.store();
    List<Map<String, Object>> records = new ArrayList<>(SignalTexts.usage());
    records.add(records.get(1));  // a repeated line within the input itself
    String text = SignalTexts.ndjson(records);
    SignalIngest ingest = new SignalIngest(store, 2);
    IngestRequest request = new IngestRequest(ORG, SignalKind.USAGE, InputFormat.NDJSON, "usage.ndjson");

    IngestSummary first = ingest.ingest(request, stream(text), r -> { });
    List<UsageAggregate> before = usage(store, "2024-03-31");
    IngestSummary second = ingest.ingest(request, stream(text), r -> { });

    assertEquals(List.of(4L, 3L, 0L, 1L, 0L), counts(first));
    assertEquals(List.of(4L, 0L, 0L, 4L, 0L), counts(second));
    assertEquals(3, rows(store, "signal_usage", ORG));
    assertEquals(before, usage(store, "2024-03-31"));
    assertEquals(List.of(new UsageAggregate("A", 41, 2, 7, 1, 10)), before);
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aBrokenJsonArrayKeepsEverythingBeforeTheBreak(TestDatabase db) throws Exception {
    Store store = db.store();
    String text = "[\n"
        + "{\"invoice_number\":\"I1\",\"account_id\":\"A\",\"issued_on\":\"2024-01-01\",\"due_on\":\"2024-01-31\","
        + "\"amount\":10,\"currency\":\"USD\"},\n"
        + "{\"invoice_number\":\"I2\",\"account_id\":\"A\",\"issued_on\":\"2024-01-01\",\"due_on\":\"2024-01-31\","
        + "\"amount\":10,\"currency\":\"USD\"},\n"
        + "{\"invoice_number\":\"I3\",\"account_id\":\"A\",\"issued_on\":\"2024-01-01\",\"due_on\":\"2024-01-31\","
        + "\"amount\":10,\"currency\":\"USD\"},\n"
        + "{\"invoice_number\":\"I4\",\"account_id\" \"A\"},\n"
        + "{\"invoice_number\":\"I5\",\"account_id\":\"A\",\"issued_on\":\"2024-01-01\",\"due_on\":\"2024-01-31\","
        + "\"amount\":10,\"currency\":\"USD\"}\n]\n";
    List<Rejection> rejected = new ArrayList<>();

    IngestSummary summary = new SignalIngest(store, 2).ingest(
        new IngestRequest(ORG, SignalKind.INVOICES, InputFormat.JSON, "invoices.json"), stream(text), rejected::add);

    assertEquals(List.of(4L, 3L, 0L, 0L, 1L), counts(summary));
    assertEquals(true, summary.stopped().startsWith("invoices.json:5: malformed JSON, reading stopped here:"),
        summary.stopped());
    assertEquals(1, rejected.size());
    assertEquals(5, rejected.get(0).line());
    assertEquals(3, rows(store, "signal_invoice", ORG));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void anInvoiceSentAgainWithItsPaidDayIsAnUpdate(TestDatabase db) throws Exception {
    Store store = db.store();
    SignalIngest ingest = new SignalIngest(store);
    IngestRequest request = new IngestRequest(ORG, SignalKind.INVOICES, InputFormat.CSV, "invoices.csv");
    ingest.ingest(request, stream(SignalTexts.csv(SignalTexts.invoices())), r -> { });
    List<Map<String, Object>> later = List.of(
        rec("account_id", "A", "invoice_number", "INV-0000002", "issued_on", "2024-02-01", "due_on", "2024-03-02",
            "amount", "1000.00", "currency", "USD", "paid_on", "2024-03-20"),
        rec("account_id", "B", "invoice_number", "INV-0000003", "issued_on", "2024-02-01", "due_on", "2024-03-02",
            "amount", "250.5", "currency", "EUR", "paid_on", ""));

    IngestSummary summary = ingest.ingest(request, stream(SignalTexts.csv(later)), r -> { });

    assertEquals(List.of(2L, 0L, 1L, 1L, 0L), counts(summary));
    List<InvoiceAggregate> onTheTenth = new ArrayList<>();
    store.signals().invoices().invoicesByAccount(ORG, LocalDate.parse("2024-03-10"), onTheTenth::add);
    onTheTenth.sort(java.util.Comparator.comparing(InvoiceAggregate::accountId));
    // On 2024-03-10 INV-0000002 was still unpaid (paid on the 20th): 8 days past due.
    assertEquals(List.of(
        new InvoiceAggregate("A", 2, 1, LocalDate.parse("2024-03-02"), 8, new BigDecimal("1000"), "USD"),
        new InvoiceAggregate("B", 1, 1, LocalDate.parse("2024-03-02"), 8, new BigDecimal("250.5"), "EUR")),
        onTheTenth);
  }

  /** read, accepted, updated, duplicates, rejected. */
  static List<Long> counts(IngestSummary s) {
    return List.of(s.read(), s.accepted(), s.updated(), s.duplicates(), s.rejected());
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    int detail = line.indexOf(" at [Source");
    return detail < 0 ? line : line.substring(0, detail);
  }

  private static List<UsageAggregate> usage(Store store, String asOf) throws Exception {
    List<UsageAggregate> all = new ArrayList<>();
    store.signals().usage().usageByAccount(ORG, DateWindow.before(LocalDate.parse(asOf), 90), all::add);
    return all;
  }

  static long rows(Store store, String table, String org) throws Exception {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE org_id = ?")) {
      ps.setString(1, org);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String text(Store store, String sql, String org) throws Exception {
    try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, org);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
