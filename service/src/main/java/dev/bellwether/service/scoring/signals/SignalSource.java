package dev.bellwether.service.scoring.signals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** The per-account aggregates of the ingested signals, each grouped in the database. */
public interface SignalSource {

  /** Usage in [from, to) per account. */
  Map<String, Usage> usage(String orgId, LocalDate from, LocalDate to) throws SQLException;

  /**
   * The first day with product usage data for the org, empty when none arrived: before it, missing
   * usage says nothing about an account.
   */
  Optional<LocalDate> firstUsageDay(String orgId) throws SQLException;

  /** Each account's milestone events with the first day each happened. */
  Map<String, Map<String, LocalDate>> milestones(String orgId) throws SQLException;

  /** NPS and CSAT answers given in [from, to) per account. */
  Map<String, Surveys> surveys(String orgId, LocalDate from, LocalDate to) throws SQLException;

  /** Invoice state per account on {@code asOf}. */
  Map<String, Invoices> invoices(String orgId, LocalDate asOf) throws SQLException;

  /** An account's usage in a window. */
  record Usage(long events, Set<String> features, OptionalLong activeUsers, OptionalLong licensedSeats) {}

  /** An account's survey answers in a window. */
  record Surveys(List<Integer> nps, List<Integer> csat) {}

  /** An account's invoices on a day: known, overdue, days past due of the oldest overdue one. */
  record Invoices(int known, int overdue, OptionalInt oldestOverdueDays) {}
}
