package dev.bellwether.devorg.faults;

import java.time.Duration;
import java.util.Locale;

/**
 * Parsed --faults text, e.g. "transient=0.1,reset=0.02,stall=0.01,stall-time=10s,lock=0.05,
 * bulk-fail=0.2,session-ttl=60s,latency=20ms,api-limit=500". Probabilities are 0..1; durations
 * take ms, s, m or h.
 *
 * @param transientRate share of API requests answered 503 before doing anything
 * @param resetRate share of API requests whose connection is closed with no answer
 * @param stallRate share of API requests held for {@code stallTime} before they are handled
 * @param stallTime how long a stalled request is held (30s unless given)
 * @param latency added to every API request
 * @param lockRate share of single record writes failing with UNABLE_TO_LOCK_ROW
 * @param bulkFailRate share of Bulk API 2.0 jobs that fail before processing anything
 * @param sessionTtl session lifetime, or null to keep the org default
 * @param apiLimit daily API request limit, or null to keep the current one
 */
public record FaultSpec(double transientRate, double resetRate, double stallRate, Duration stallTime,
    Duration latency, double lockRate, double bulkFailRate, Duration sessionTtl, Integer apiLimit) {

  /** How long a stalled request waits when the spec names no stall-time: past most read timeouts. */
  public static final Duration DEFAULT_STALL_TIME = Duration.ofSeconds(30);

  public static final FaultSpec NONE = new FaultSpec(0, 0, 0, DEFAULT_STALL_TIME, Duration.ZERO, 0, 0, null, null);

  /** Parses a spec; the message names the bad entry. */
  public static FaultSpec parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return NONE;
    }
    double transientRate = 0;
    double resetRate = 0;
    double stallRate = 0;
    Duration stallTime = DEFAULT_STALL_TIME;
    Duration latency = Duration.ZERO;
    double lockRate = 0;
    double bulkFailRate = 0;
    Duration ttl = null;
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
        case "reset": resetRate = rate(entry, value); break;
        case "stall": stallRate = rate(entry, value); break;
        case "stall-time": stallTime = duration(entry, value); break;
        case "latency": latency = duration(entry, value); break;
        case "lock": lockRate = rate(entry, value); break;
        case "bulk-fail": bulkFailRate = rate(entry, value); break;
        case "session-ttl": ttl = duration(entry, value); break;
        case "api-limit": apiLimit = positiveInt(entry, value); break;
        default:
          throw new IllegalArgumentException("unknown fault '" + name + "' (known: transient, reset, stall,"
              + " stall-time, latency, lock, bulk-fail, session-ttl, api-limit)");
      }
    }
    return new FaultSpec(transientRate, resetRate, stallRate, stallTime, latency, lockRate, bulkFailRate,
        ttl, apiLimit);
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
