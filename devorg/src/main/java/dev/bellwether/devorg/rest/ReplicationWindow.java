package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.store.ValueCoercer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The time span of a getUpdated/getDeleted call, checked as Salesforce checks it: seconds are
 * ignored, start must precede end, the span may not exceed 30 days and may not begin more
 * than 30 days ago.
 *
 * @param start inclusive, truncated to the minute
 * @param end inclusive, truncated to the minute
 * @param covered the last instant the answer covers: end, or now when end is in the future
 */
record ReplicationWindow(Instant start, Instant end, Instant covered, Instant earliestAvailable) {
  static final Duration RETENTION = Duration.ofDays(30);

  static ReplicationWindow parse(String startText, String endText, Instant now) {
    Instant start = instant("start", startText);
    Instant end = instant("end", endText);
    Instant earliest = now.minus(RETENTION).truncatedTo(ChronoUnit.MINUTES);
    if (!start.isBefore(end)) {
      throw invalid("startDate must chronologically precede endDate");
    }
    if (Duration.between(start, end).compareTo(RETENTION) > 0) {
      throw invalid("The time span between startDate and endDate must not exceed 30 days");
    }
    if (start.isBefore(earliest)) {
      throw invalid("startDate cannot be more than 30 days ago (earliest date available is "
          + dev.bellwether.devorg.http.Formats.restDateTime(earliest) + ")");
    }
    Instant covered = end.isAfter(now) ? now : end;
    return new ReplicationWindow(start, end, covered, earliest);
  }

  /** True when t lies in [start, covered]. */
  boolean contains(Instant t) {
    return t != null && !t.isBefore(start) && !t.isAfter(covered);
  }

  /** latestDateCovered as reported: the covered instant, to the minute. */
  Instant latestDateCovered() {
    return covered.truncatedTo(ChronoUnit.MINUTES);
  }

  private static Instant instant(String name, String text) {
    if (text == null || text.isBlank()) {
      throw new ApiException(400, "MISSING_ARGUMENT", "Missing required parameter: " + name);
    }
    // An unencoded '+' in the offset arrives as a space after query decoding.
    String fixed = text.trim().replace(' ', '+');
    try {
      return ValueCoercer.dateTimeText(fixed).truncatedTo(ChronoUnit.MINUTES);
    } catch (DateTimeParseException e) {
      throw invalid("Invalid " + name + " date: " + text
          + ". Expected an ISO 8601 date-time such as 2025-01-02T03:04:00+00:00");
    }
  }

  private static ApiException invalid(String message) {
    return new ApiException(400, "INVALID_REPLICATION_DATE", message);
  }
}
