package dev.bellwether.devorg.admin;

import dev.bellwether.devorg.faults.FaultSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link FaultSpec} back in the --faults syntax, so that parse(text(spec)) equals spec. */
public final class FaultSpecText {
  private FaultSpecText() {}

  /** e.g. "transient=0.1,lock=0.05,session-ttl=60s,latency=20ms,api-limit=500"; "" for no faults. */
  public static String text(FaultSpec spec) {
    List<String> parts = new ArrayList<>();
    if (spec.transientRate() > 0) {
      parts.add("transient=" + rate(spec.transientRate()));
    }
    if (spec.lockRate() > 0) {
      parts.add("lock=" + rate(spec.lockRate()));
    }
    if (spec.sessionTtl() != null) {
      parts.add("session-ttl=" + duration(spec.sessionTtl()));
    }
    if (!spec.latency().isZero()) {
      parts.add("latency=" + duration(spec.latency()));
    }
    if (spec.apiLimit() != null) {
      parts.add("api-limit=" + spec.apiLimit());
    }
    return String.join(",", parts);
  }

  private static String rate(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** The largest unit that is exact: 2h, 5m, 60s, 1500ms. */
  static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms != 0 && ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms != 0 && ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    if (ms != 0 && ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }
}
