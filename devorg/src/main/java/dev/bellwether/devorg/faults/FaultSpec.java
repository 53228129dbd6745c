package dev.bellwether.devorg.faults;

import java.time.Duration;
import java.util.Locale;

/**
 * Parsed --faults text: "transient=0.1,lock=0.05,session-ttl=60s,latency=20ms,api-limit=500".
 * Probabilities are 0..1; durations take ms, s, m or h.
 *
 * @param transientRate share of API requests answered 503 before doing anything
 * @param lockRate share of single record writes failing with UNABLE_TO_LOCK_ROW
 * @param sessionTtl session lifetime, or null to keep the org default
 * @param latency added to every API request
 * @param apiLimit daily API request limit, or null to keep the current one
 */
public record FaultSpec(double transientRate, double lockRate, Duration sessionTtl,
    Duration latency, Integer apiLimit) {

  public static final FaultSpec NONE = new FaultSpec(0, 0, null, Duration.ZERO, null);

  /** Parses a spec; the message names the bad entry. */
  public static FaultSpec parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return NONE;
    }
    double transientRate = 0;
    double lockRate = 0;
    Duration ttl = null;
    Duration latency = Duration.ZERO;
    Integer apiLimit = null;
    for (String part : spec.split(",")) {
      String entry = part.trim();
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("fault '" + entry + "' must be name=value");
      }
      String name = entry.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = entry.substring(eq + 1).trim();
      switch (name) {
        case "transient": transientRate = rate(entry, value); break;
        case "lock": lockRate = rate(entry, value); break;
        case "session-ttl": ttl = duration(entry, value); break;
        case "latency": latency = duration(entry, value); break;
        case "api-limit": apiLimit = positiveInt(entry, value); break;
        default:
          throw new IllegalArgumentException("unknown fault '" + name
              + "' (known: transient, lock, session-ttl, latency, api-limit)");
      }
    }
    return new FaultSpec(transientRate, lockRate, ttl, latency, apiLimit);
  }

  private static double rate(String entry, String value) {
    try {
      double d = Double.parseDouble(value);
      if (d < 0 || d > 1) {
        throw new IllegalArgumentException("fault '" + entry + "': rate must be between 0 and 1");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fault '" + entry + "': '" + value + "' is not a number");
    }
  }

  private static int positiveInt(String entry, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fault '" + entry + "': '" + value + "' is not a whole number");
    }
  }

  /** Parses "20ms", "60s", "5m", "1h". */
  public static Duration duration(String entry, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      switch (v.charAt(v.length() - 1)) {
        case 's': return Duration.ofSeconds(n);
        case 'm': return Duration.ofMinutes(n);
        case 'h': return Duration.ofHours(n);
        default: break;
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException("fault '" + entry + "': '" + value
        + "' is not a duration like 20ms, 60s, 5m or 1h");
  }
}
