package dev.bellwether.service.panels.render;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates as the user reads them: in their Salesforce locale ("ko_KR" → 1,234,567
 * and 2026. 3. 2.), their currency and their time zone. Templates call {@code $fmt.number(...)},
 * {@code $fmt.money(...)}, {@code $fmt.date(...)} and {@code $fmt.dateTime(...)}.
 */
public final class UserFormats {
  private final Locale locale;
  private final ZoneId zone;
  private final Currency currency;

  public UserFormats(Locale locale, ZoneId zone, Currency currency) {
    this.locale = locale;
    this.zone = zone;
    this.currency = currency;
  }

  /**
   * From the signed request's values; an unknown locale falls back to en_US, an unknown zone to UTC
   * and an unknown currency to USD, as a page is better shown than refused over a format.
   */
  public static UserFormats of(String salesforceLocale, String timeZone, String currencyCode) {
    return new UserFormats(locale(salesforceLocale), zone(timeZone), currency(currencyCode));
  }

  /** "en_US" → en-US, "ko_KR" → ko-KR, "ko" → ko; anything unreadable → en-US. */
  public static Locale locale(String salesforceLocale) {
    if (salesforceLocale == null || salesforceLocale.isBlank()) {
      return Locale.US;
    }
    Locale l = Locale.forLanguageTag(salesforceLocale.strip().replace('_', '-'));
    return l.getLanguage().isEmpty() ? Locale.US : l;
  }

  public Locale locale() {
    return locale;
  }

  public ZoneId zone() {
    return zone;
  }

  public String number(Number n) {
    return NumberFormat.getNumberInstance(locale).format(n);
  }

  /** An amount in the user's currency, with that currency's usual decimals. */
  public String money(Number amount) {
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    f.setCurrency(currency);
    f.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    f.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    return f.format(amount instanceof BigDecimal ? amount : new BigDecimal(amount.toString()));
  }

  public String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  /** The day an instant falls on in the user's time zone. */
  public String date(Instant instant) {
    return date(LocalDate.ofInstant(instant, zone));
  }

  public String dateTime(Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
        .format(instant.atZone(zone));
  }

  private static ZoneId zone(String id) {
    try {
      return id == null ? ZoneOffset.UTC : ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  private static Currency currency(String code) {
    try {
      return code == null ? Currency.getInstance("USD") : Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      return Currency.getInstance("USD");
    }
  }
}
