package dev.bellwether.store.signals;

import dev.bellwether.store.Store;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Builds signal rows for tests and writes them in one transaction. */
final class SignalRows {

  private SignalRows() {
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static UsageEvent event(String id, String account, String feature, String user, String day, long count) {
    Instant at = day(day).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600);
    return new UsageEvent(id, account, UsageKind.EVENT, feature, user, day(day), at, count, null, null);
  }

  static UsageEvent weekly(String id, String account, String feature, String weekStart, long events, int active,
      int seats) {
    return new UsageEvent(id, account, UsageKind.WEEKLY, feature, null, day(weekStart), null, events, active, seats);
  }

  static UsageEvent milestone(String id, String account, String event, String day) {
    return new UsageEvent(id, account, UsageKind.MILESTONE, event, null, day(day), null, 1, null, null);
  }

  static SurveyAnswer answer(String id, String account, SurveyType survey, int score, String answeredAt) {
    return new SurveyAnswer(id, account, "003C", survey, score, Instant.parse(answeredAt), null);
  }

  static Invoice invoice(String number, String account, String issued, String due, String amount, String paid) {
    return invoice(number, account, issued, due, amount, "USD", paid);
  }

  static Invoice invoice(String number, String account, String issued, String due, String amount, String currency,
      String paid) {
    return new Invoice(number, account, day(issued), day(due), new BigDecimal(amount), currency,
        paid == null ? null : day(paid));
  }

  static WriteCounts writeUsage(Store store, String org, List<UsageEvent> events) throws SQLException {
    return store.transactions().inTransaction(tx -> store.signals().usage().write(tx, org, events));
  }

  static WriteCounts writeSurveys(Store store, String org, List<SurveyAnswer> answers) throws SQLException {
    return store.transactions().inTransaction(tx -> store.signals().surveys().write(tx, org, answers));
  }

  static WriteCounts writeInvoices(Store store, String org, List<Invoice> invoices) throws SQLException {
    return store.transactions().inTransaction(tx -> store.signals().invoices().write(tx, org, invoices));
  }

  static long count(Store store, String table, String org) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE org_id = ?")) {
      ps.setString(1, org);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
