package dev.bellwether.connector.salesforce.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Words for status pages and logs explaining why calls are held back. */
final class PauseText {
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private PauseText() {}

  /** "Bellwether's share of the daily API limit is spent: 250 of 250 calls (25% of 1,000) in the last 24 h". */
  static String shareSpent(long spent, long allowance, double share, long orgLimit) {
    return "Bellwether's share of the daily API limit is spent: " + count(spent) + " of " + count(allowance)
        + " calls (" + percent(share) + " of " + count(orgLimit) + ") in the last 24 h";
  }

  /** The org as a whole has no requests left, as Salesforce last reported. */
  static String orgSpent(long used, long limit) {
    return "the org has no daily API requests left: " + orgUsage(used, limit);
  }

  /** "1,000 of 1,000 used, as Salesforce last reported". */
  static String orgUsage(long used, long limit) {
    return count(used) + " of " + count(limit) + " used, as Salesforce last reported";
  }

  /** "; resumes at 2026-11-24T10:15Z", with seconds only when they matter, never earlier than {@code at}. */
  static String resumesAt(Instant at) {
    Instant rounded = at.truncatedTo(ChronoUnit.SECONDS);
    if (rounded.isBefore(at)) {
      rounded = rounded.plusSeconds(1);
    }
    return "; resumes at " + (rounded.getEpochSecond() % 60 == 0 ? MINUTES : SECONDS).format(rounded);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String percent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString() + "%";
  }
}
