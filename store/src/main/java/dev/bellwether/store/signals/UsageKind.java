package dev.bellwether.store.signals;

import java.util.Locale;

/** What a usage row is: a single product event, a weekly rollup, or an onboarding milestone. */
public enum UsageKind {
  /** One product event (or a few identical ones, by its count). */
  EVENT("event"),
  /** A week's rollup of one feature's use. */
  WEEKLY("weekly"),
  /** An onboarding milestone reached. */
  MILESTONE("milestone");

  private final String code;

  UsageKind(String code) {
    this.code = code;
  }

  /** The value stored in {@code signal_usage.kind} and written in files. */
  public String code() {
    return code;
  }

  /** The kind of a code, any case; null when there is none. */
  public static UsageKind fromCode(String code) {
    String lower = code.toLowerCase(Locale.ROOT);
    for (UsageKind kind : values()) {
      if (kind.code.equals(lower)) {
        return kind;
      }
    }
    return null;
  }
}
