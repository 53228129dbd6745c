package dev.bellwether.store.signals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One account's invoices as known on a day: issued on or before it; overdue when due before it and
 * not paid by it (unpaid, or paid later than that day).
 *
 * @param accountId the CRM account
 * @param invoices invoices issued on or before the day
 * @param overdue of those, the overdue ones
 * @param oldestOverdueDueOn the due day of the oldest overdue invoice, or null when none is
 * @param daysPastDue days from that due day to the day asked about; 0 when none is overdue
 * @param overdueAmount the overdue invoices' total, meaningful only in a single {@code currency}
 * @param currency the one currency of the account's invoices, or null when they mix currencies
 */
public record InvoiceAggregate(String accountId, int invoices, int overdue, LocalDate oldestOverdueDueOn,
    long daysPastDue, BigDecimal overdueAmount, String currency) {
}
