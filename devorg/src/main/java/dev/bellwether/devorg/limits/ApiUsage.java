package dev.bellwether.devorg.limits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The org's daily API request counter. Salesforce counts over a rolling 24 hours; a calendar
 * day in UTC is close enough for budgeting tests and is predictable.
 */
public final class ApiUsage {
  private final Clock clock;
  private volatile int limit;
  private LocalDate day;
  private int used;

  public ApiUsage(Clock clock, int limit) {
    this.clock = clock;
    this.limit = limit;
  }

  /** Counts one request; false when the daily limit is already spent (REQUEST_LIMIT_EXCEEDED). */
  public synchronized boolean tryAcquire() {
    roll();
    if (used >= limit) {
      return false;
    }
    used++;
    return true;
  }

  public synchronized int used() {
    roll();
    return used;
  }

  public int limit() {
    return limit;
  }

  public synchronized void setLimit(int limit) {
    this.limit = limit;
  }

  /** Forgets today's count (admin endpoint, tests). */
  public synchronized void reset() {
    used = 0;
  }

  /** The Sforce-Limit-Info header value, e.g. "api-usage=18/15000". */
  public String header() {
    return "api-usage=" + used() + "/" + limit;
  }

  private void roll() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (!today.equals(day)) {
      day = today;
      used = 0;
    }
  }
}
