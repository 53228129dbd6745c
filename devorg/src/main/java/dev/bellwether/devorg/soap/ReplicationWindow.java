package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.store.ValueCoercer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The time span of getUpdated/getDeleted, checked as Salesforce checks it (and as the REST
 * replication resources of devorg do): seconds are ignored, startDate must precede endDate,
 * the span may not exceed 30 days and may not begin before the earliest date available (30
 * days ago); anything else is INVALID_REPLICATION_DATE.
 *
 * @param start inclusive, truncated to the minute
 * @param covered the last instant the answer covers: endDate, or now when endDate is later
 * @param earliestAvailable the oldest startDate accepted, to the minute
 */
record ReplicationWindow(Instant start, Instant covered, Instant earliestAvailable) {
  static final Duration RETENTION = Duration.ofDays(30);

  static ReplicationWindow of(XmlElement params, Instant now) {
    Instant start = instant(params, "startDate");
    Instant end = instant(params, "endDate");
    Instant earliest = now.minus(RETENTION).truncatedTo(ChronoUnit.MINUTES);
    if (!start.isBefore(end)) {
      throw invalid("startDate must chronologically precede endDate by at least a minute");
    }
    if (Duration.between(start, end).compareTo(RETENTION) > 0) {
      throw invalid("The time span between startDate and endDate must not exceed 30 days");
    }
    if (start.isBefore(earliest)) {
      throw invalid("startDate is before the earliest date available ("
          + SoapValues.text(earliest) + "); replicate again from scratch");
    }
    return new ReplicationWindow(start, end.isAfter(now) ? now : end, earliest);
  }

  /** True when t lies in [start, covered]. */
  boolean contains(Instant t) {
    return t != null && !t.isBefore(start) && !t.isAfter(covered);
  }

  /** latestDateCovered as reported: the covered instant, to the minute. */
  Instant latestDateCovered() {
    return covered.truncatedTo(ChronoUnit.MINUTES);
  }

  private static Instant instant(XmlElement params, String name) {
    String text = params.childText(name);
    if (text == null || text.isBlank()) {
      throw SoapFault.unexpected("INVALID_REPLICATION_DATE", name + " is required");
    }
    try {
      return ValueCoercer.dateTimeText(text.trim()).truncatedTo(ChronoUnit.MINUTES);
    } catch (DateTimeParseException e) {
      throw SoapFault.unexpected("INVALID_REPLICATION_DATE", name + " is not a dateTime: " + text);
    }
  }

  private static SoapFault invalid(String message) {
    return SoapFault.unexpected("INVALID_REPLICATION_DATE", message);
  }
}
