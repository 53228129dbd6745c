package dev.bellwether.devorg.admin;

import dev.bellwether.devorg.faults.FaultSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link FaultSpec} back in the --faults syntax, so that parse(text(spec)) equals spec. */
public final class FaultSpecText {
  private FaultSpecText() {}

  /**
   * e.g. "transient=0.1,reset=0.02,stall=0.01,stall-time=10s,lock=0.05,bulk-fail=0.2,
   * session-ttl=1m,latency=20ms,api-limit=500"; "" for no faults. stall-time is written only when it is not
   * the default.
   */
  public static String text(FaultSpec spec) {
    List<String> parts = new ArrayList<>();
    addRate(parts, "transient", spec.transientRate());
    addRate(parts, "reset", spec.resetRate());
    addRate(parts, "stall", spec.stallRate());
    if (!spec.stallTime().equals(FaultSpec.DEFAULT_STALL_TIME)) {
      parts.add("stall-time=" + duration(spec.stallTime()));
    }
    addRate(parts, "lock", spec.lockRate());
    addRate(parts, "bulk-fail", spec.bulkFailRate());
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

  private static void addRate(List<String> parts, String name, double rate) {
    if (rate > 0) {
      parts.add(name + "=" + rate(rate));
    }
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
