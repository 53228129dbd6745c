package dev.bellwether.service.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which signal a file holds: the subcommand of {@code bellwether ingest} and the admin API path. */
public enum SignalKind {
  /** Product usage: single events, weekly rollups, onboarding milestones. */
  USAGE("usage"),
  /** NPS and CSAT answers. */
  SURVEYS("surveys"),
  /** Invoices and their payment. */
  INVOICES("invoices");

  private final String code;

  SignalKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The kind named by a path segment, any case; null when none is. */
  public static SignalKind fromCode(String code) {
    String lower = code.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code.equals(lower)).findFirst().orElse(null);
  }

  /** "usage, surveys, invoices", for messages. */
  public static String codes() {
    return Arrays.stream(values()).map(SignalKind::code).collect(Collectors.joining(", "));
  }
}
