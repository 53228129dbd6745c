package dev.bellwether.store.signals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One invoice.
 *
 * @param invoiceNumber the invoice's number, its id; unique per org
 * @param accountId the CRM account billed
 * @param issuedOn the day it was issued
 * @param dueOn the day payment is due
 * @param amount in {@code currency}
 * @param currency ISO 4217 code, upper case
 * @param paidOn the day it was paid, or null while unpaid
 */
public record Invoice(String invoiceNumber, String accountId, LocalDate issuedOn, LocalDate dueOn,
    BigDecimal amount, String currency, LocalDate paidOn) {

  public Invoice {
    Objects.requireNonNull(invoiceNumber, "invoiceNumber");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }
}
