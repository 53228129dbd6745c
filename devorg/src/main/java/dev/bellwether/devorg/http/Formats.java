package dev.bellwether.devorg.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Salesforce's text forms of dates and times on each API surface. */
public final class Formats {
  private static final DateTimeFormatter REST = DateTimeFormatter
      .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SOAP = DateTimeFormatter
      .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  /** REST and Bulk form: 2025-01-02T03:04:05.000+0000. */
  public static String restDateTime(Instant i) {
    return REST.format(i);
  }

  /** SOAP form: 2025-01-02T03:04:05.000Z. */
  public static String soapDateTime(Instant i) {
    return SOAP.format(i);
  }
}
