package dev.bellwether.service.ingest;

import dev.bellwether.store.signals.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Invoice lines: {@code invoice_number}, {@code account_id}, {@code issued_on}, {@code due_on} (not
 * before issued_on), {@code amount} (at most 4 decimals, 15 whole digits), {@code currency} (ISO 4217,
 * any case), {@code paid_on}? (empty while unpaid).
 */
final class InvoiceLineMapper implements LineMapper<Invoice> {
  static final int NUMBER_LENGTH = 128;
  private static final int MAX_SCALE = 4;
  private static final int MAX_WHOLE_DIGITS = 15;

  @Override
  public Invoice map(RecordFields f) throws FieldProblem {
    String number = f.id("invoice_number", NUMBER_LENGTH, true);
    String account = f.id("account_id", UsageLineMapper.ACCOUNT_LENGTH, true);
    LocalDate issued = f.day("issued_on", true);
    LocalDate due = f.day("due_on", true);
    if (due.isBefore(issued)) {
      throw new FieldProblem("due_on", due + " is before issued_on " + issued);
    }
    BigDecimal amount = f.decimal("amount", true);
    if (amount.scale() > MAX_SCALE) {
      amount = amount.stripTrailingZeros();
      if (amount.scale() > MAX_SCALE) {
        throw new FieldProblem("amount", amount.toPlainString() + " has more than " + MAX_SCALE + " decimals");
      }
    }
    if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
      throw new FieldProblem("amount", amount.toPlainString() + " has more than " + MAX_WHOLE_DIGITS
          + " whole digits");
    }
    String currency = f.required("currency").toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw new FieldProblem("currency", "'" + RecordFields.shorten(currency)
          + "' is not a three-letter ISO 4217 code such as USD");
    }
    LocalDate paid = f.day("paid_on", false);
    return new Invoice(number, account, issued, due, amount, currency, paid);
  }
}
