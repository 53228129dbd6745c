package dev.bellwether.service.scoring.bench;

import dev.bellwether.service.scoring.book.Segmenter;
import java.time.LocalDate;

/**
 * One generated account as the signal generator needs it: its CRM id, segment, a hidden risk that
 * drives both its signals and whether it churned, and the days it was a customer.
 *
 * @param index its position in the book (0-based), which its ids are made of
 * @param risk 0 (healthy) to 1 (at risk): more cases, worse answers, less usage, more churn
 * @param customerFrom the start of its first contract, or null for a prospect
 * @param customerUntil the end of its last contract when it churned, or null while it is a customer
 */
record BenchAccount(int index, String id, String segment, double risk, LocalDate customerFrom,
    LocalDate customerUntil) {

  boolean prospect() {
    return customerFrom == null;
  }

  /** Whether it was a customer on {@code day}. */
  boolean customerOn(LocalDate day) {
    return customerFrom != null && !day.isBefore(customerFrom)
        && (customerUntil == null || !day.isAfter(customerUntil));
  }

  /** Whether it was a customer on any day of [from, to). */
  boolean customerDuring(LocalDate from, LocalDate to) {
    return customerFrom != null && customerFrom.isBefore(to)
        && (customerUntil == null || !customerUntil.isBefore(from));
  }

  /** Relative size: enterprise accounts use more, open more cases and answer more surveys than small ones. */
  double sizeFactor() {
    return switch (segment) {
      case Segmenter.ENTERPRISE -> 8;
      case Segmenter.MID_MARKET -> 3;
      default -> 1;
    };
  }
}
