package dev.bellwether.service.panels.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserFormatsTest {

  @Test
  void americanUserInDollars() {
    UserFormats f = UserFormats.of("en_US", "America/New_York", "USD");
    assertEquals("1,234,567.5", f.number(1234567.5));
    assertEquals("$1,234.50", f.money(new BigDecimal("1234.5")));
    assertEquals("Mar 2, 2026", f.date(LocalDate.of(2026, 3, 2)));
  }

  @Test
  void koreanUserInWonWithoutDecimals() {
    UserFormats f = UserFormats.of("ko_KR", "Asia/Seoul", "KRW");
    assertEquals("1,234,567", f.number(1234567));
    assertEquals("₩1,234,568", f.money(new BigDecimal("1234567.5")));
    assertEquals("2026. 3. 2.", f.date(LocalDate.of(2026, 3, 2)));
  }

  @Test
  void germanLocaleGroupsWithDots() {
    assertEquals("1.234.567,5", UserFormats.of("de_DE", "Europe/Berlin", "EUR").number(1234567.5));
  }

  @Test
  void dayOfAnInstantIsTheUsersDay() {
    Instant lateUtc = Instant.parse("2026-03-01T20:00:00Z");
    assertEquals("2026. 3. 2.", UserFormats.of("ko_KR", "Asia/Seoul", "KRW").date(lateUtc));
    assertEquals("Mar 1, 2026", UserFormats.of("en_US", "America/Los_Angeles", "USD").date(lateUtc));
  }

  @Test
  void unreadableValuesFallBack() {
    UserFormats f = UserFormats.of("", "Not/AZone", "XYZ!");
    assertEquals(Locale.US, f.locale());
    assertEquals("UTC", f.zone().getId().replace("Z", "UTC"));
    assertEquals("$5.00", f.money(5));
  }
}
