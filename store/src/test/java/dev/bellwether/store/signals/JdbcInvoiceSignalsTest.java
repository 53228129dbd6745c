package dev.bellwether.store.signals;

import static dev.bellwether.store.signals.SignalRows.count;
import static dev.bellwether.store.signals.SignalRows.day;
import static dev.bellwether.store.signals.SignalRows.invoice;
import static dev.bellwether.store.signals.SignalRows.writeInvoices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.store.Store;
import dev.bellwether.store.testing.TestDatabase;
import dev.bellwether.store.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class JdbcInvoiceSignalsTest {

  private static final String ORG = "00Dorg1";

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void aResentInvoiceIsADuplicateUnlessItNowCarriesItsPaidDay(TestDatabase db) throws Exception {
    Store store = db.store();
    assertEquals(new WriteCounts(2, 0, 0), writeInvoices(store, ORG, List.of(
        invoice("INV-1", "A", "2024-01-01", "2024-01-31", "100.00", null),
        invoice("INV-2", "A", "2024-02-01", "2024-03-02", "100.00", "2024-02-10"))));

    WriteCounts resent = writeInvoices(store, ORG, List.of(
        invoice("INV-1", "A", "2024-01-01", "2024-01-31", "100.00", "2024-02-05"),   // now paid: update
        invoice("INV-2", "A", "2024-02-01", "2024-03-02", "100.00", "2024-02-10"),   // unchanged
        invoice("INV-1", "A", "2024-01-01", "2024-01-31", "100.00", "2024-02-07"),   // paid already
        invoice("INV-3", "A", "2024-03-01", "2024-03-31", "100.00", null),           // new
        invoice("INV-3", "A", "2024-03-01", "2024-03-31", "100.00", "2024-03-20"))); // paid in the same batch

    assertEquals(new WriteCounts(1, 2, 2), resent);
    assertEquals(3, count(store, "signal_invoice", ORG));
    assertEquals(day("2024-02-05"), paidOn(store, "INV-1"));
    assertEquals(day("2024-03-20"), paidOn(store, "INV-3"));
  }

  @ParameterizedTest
  @ArgumentsSource(TestDatabases.class)
  void invoicesByAccountFindsWhatWasOverdueOnTheDay(TestDatabase db) throws Exception {
    Store store = db.store();
    writeInvoices(store, ORG, List.of(
        invoice("I1", "A", "2024-01-01", "2024-01-31", "10.00", "2024-01-20"),  // paid in time
        invoice("I2", "A", "2024-04-01", "2024-05-01", "200.50", null),         // unpaid: 45 days past due
        invoice("I3", "A", "2024-05-01", "2024-05-31", "300.00", "2024-06-20"), // paid after the day: overdue on it
        invoice("I4", "A", "2024-06-01", "2024-07-01", "400.00", null),         // not due yet
        invoice("I5", "A", "2024-06-20", "2024-07-20", "500.00", null),         // issued after the day: unknown
        invoice("I6", "A", "2024-05-10", "2024-06-10", "600.00", "2024-06-15"), // paid on the day: settled
        invoice("J1", "B", "2024-05-01", "2024-05-31", "70.00", "EUR", null),
        invoice("J2", "B", "2024-05-01", "2024-06-30", "80.00", "USD", null)));
    LocalDate asOf = day("2024-06-15");

    Map<String, InvoiceAggregate> byAccount = new HashMap<>();
    store.signals().invoices().invoicesByAccount(ORG, asOf, i -> byAccount.put(i.accountId(), i));

    assertEquals(new InvoiceAggregate("A", 5, 2, day("2024-05-01"), 45, new BigDecimal("500.5"), "USD"),
        byAccount.get("A"));
    // 2024-05-31 to 2024-06-15 is 15 days; the currencies are mixed, so no one currency.
    assertEquals(new InvoiceAggregate("B", 2, 1, day("2024-05-31"), 15, new BigDecimal("70"), null),
        byAccount.get("B"));
    assertEquals(2, byAccount.size());
  }

  private static LocalDate paidOn(Store store, String number) throws Exception {
    try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT paid_on FROM signal_invoice WHERE org_id = ? AND invoice_number = ?")) {
      ps.setString(1, ORG);
      ps.setString(2, number);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1, LocalDate.class);
      }
    }
  }
}
