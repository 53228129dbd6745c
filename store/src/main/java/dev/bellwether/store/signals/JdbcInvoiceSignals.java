package dev.bellwether.store.signals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The {@code signal_invoice} table. An invoice is stored once; sent again it is a duplicate, except
 * that one still unpaid in the store takes the paid day a later file gives it (an update). Nothing
 * else of a stored invoice changes.
 */
public final class JdbcInvoiceSignals {

  /** Invoice numbers looked up per query, well under every driver's parameter limit. */
  private static final String INSERT = "INSERT INTO signal_invoice (org_id, invoice_number, account_id, issued_on, "
      + "due_on, amount, currency, paid_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String MARK_PAID = "UPDATE signal_invoice SET paid_on = ? WHERE org_id = ? "
      + "AND invoice_number = ? AND paid_on IS NULL";

  /** Overdue on a day d: due before d, and unpaid or paid after d. */
  private static final String OVERDUE = "due_on < ? AND (paid_on IS NULL OR paid_on > ?)";
  private static final String BY_ACCOUNT = "SELECT account_id, COUNT(*) AS invoices, "
      + "SUM(CASE WHEN " + OVERDUE + " THEN 1 ELSE 0 END) AS overdue, "
      + "MIN(CASE WHEN " + OVERDUE + " THEN due_on END) AS oldest_due, "
      + "SUM(CASE WHEN " + OVERDUE + " THEN amount ELSE 0 END) AS overdue_amount, "
      + "MIN(currency) AS min_currency, MAX(currency) AS max_currency "
      + "FROM signal_invoice WHERE org_id = ? AND issued_on <= ? GROUP BY account_id";

  private final DataSource dataSource;

  public JdbcInvoiceSignals(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores a batch in the caller's transaction: new invoices, paid days for unpaid ones, duplicates. */
  public WriteCounts write(Connection tx, String orgId, List<Invoice> invoices) throws SQLException {
    if (invoices.isEmpty()) {
      return WriteCounts.NONE;
    }
    Map<String, Boolean> paidByNumber = storedPaid(tx, orgId, invoices);
    List<Invoice> inserts = new ArrayList<>();
    List<Invoice> payments = new ArrayList<>();
    long duplicates = 0;
    for (Invoice invoice : invoices) {
      Boolean paid = paidByNumber.get(invoice.invoiceNumber());
      if (paid == null) {
        inserts.add(invoice);
        paidByNumber.put(invoice.invoiceNumber(), invoice.paidOn() != null);
      } else if (!paid && invoice.paidOn() != null) {
        payments.add(invoice);
        paidByNumber.put(invoice.invoiceNumber(), true);
      } else {
        duplicates++;
      }
    }
    WriteCounts inserted = insert(tx, orgId, inserts);
    long updated = markPaid(tx, orgId, payments);
    return new WriteCounts(inserted.accepted(), updated,
        duplicates + inserted.duplicates() + (payments.size() - updated));
  }

  /**
   * Per account with any invoice issued on or before {@code asOf}, its invoices and the overdue ones
   * on that day.
   */
  public void invoicesByAccount(String orgId, LocalDate asOf, Consumer<InvoiceAggregate> each) throws SQLException {
    StreamedQuery.run(dataSource, BY_ACCOUNT, ps -> {
      int p = 1;
      for (int i = 0; i < 3; i++) {
        ps.setObject(p++, asOf);
        ps.setObject(p++, asOf);
      }
      ps.setString(p++, orgId);
      ps.setObject(p, asOf);
    }, rs -> {
      LocalDate oldest = rs.getObject("oldest_due", LocalDate.class);
      String min = rs.getString("min_currency");
      each.accept(new InvoiceAggregate(rs.getString("account_id"), rs.getInt("invoices"), rs.getInt("overdue"),
          oldest, oldest == null ? 0 : ChronoUnit.DAYS.between(oldest, asOf),
          plain(rs.getBigDecimal("overdue_amount")),
          min.equals(rs.getString("max_currency")) ? min : null));
    });
  }

  /** 1500.0000 as 1500, 12.5000 as 12.5: the stored scale is the column's, not the sender's. */
  private static BigDecimal plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Whether each stored invoice of the batch is paid, by number; absent when not stored. */
  private static Map<String, Boolean> storedPaid(Connection tx, String orgId, List<Invoice> invoices)
      throws SQLException {
    // One primary-key lookup per invoice number: H2 answers "invoice_number IN (...)" from the
    // org_id prefix of the key alone, a scan of every stored invoice per batch.
    Map<String, Boolean> paid = new HashMap<>();
    try (PreparedStatement ps = tx.prepareStatement(
        "SELECT paid_on FROM signal_invoice WHERE org_id = ? AND invoice_number = ?")) {
      for (String number : invoices.stream().map(Invoice::invoiceNumber).distinct().toList()) {
        ps.setString(1, orgId);
        ps.setString(2, number);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            paid.put(number, rs.getObject(1) != null);
          }
        }
      }
    }
    return paid;
  }

  private static WriteCounts insert(Connection tx, String orgId, List<Invoice> inserts) throws SQLException {
    if (inserts.isEmpty()) {
      return WriteCounts.NONE;
    }
    try (PreparedStatement ps = tx.prepareStatement(INSERT)) {
      for (Invoice i : inserts) {
        ps.setString(1, orgId);
        ps.setString(2, i.invoiceNumber());
        ps.setString(3, i.accountId());
        ps.setObject(4, i.issuedOn());
        ps.setObject(5, i.dueOn());
        ps.setBigDecimal(6, i.amount());
        ps.setString(7, i.currency());
        ps.setObject(8, i.paidOn());
        ps.addBatch();
      }
      return BatchCounts.ofInserts(ps.executeBatch(), "signal_invoice");
    }
  }

  private static long markPaid(Connection tx, String orgId, List<Invoice> payments) throws SQLException {
    if (payments.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps = tx.prepareStatement(MARK_PAID)) {
      for (Invoice i : payments) {
        ps.setObject(1, i.paidOn());
        ps.setString(2, orgId);
        ps.setString(3, i.invoiceNumber());
        ps.addBatch();
      }
      long updated = 0;
      for (int count : ps.executeBatch()) {
        updated += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
      }
      return updated;
    }
  }
}
