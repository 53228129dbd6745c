package dev.bellwether.connector.salesforce.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every literal kind, and the escaping table for quoted strings and LIKE patterns. */
class SoqlLiteralTest {

  @Test
  void everyEscapeInTheTableIsApplied() {
    assertEquals("'a\\\\b'", SoqlLiteral.quote("a\\b"));
    assertEquals("'it\\'s'", SoqlLiteral.quote("it's"));
    assertEquals("'say \\\"hi\\\"'", SoqlLiteral.quote("say \"hi\""));
    assertEquals("'l1\\nl2'", SoqlLiteral.quote("l1\nl2"));
    assertEquals("'a\\rb'", SoqlLiteral.quote("a\rb"));
    assertEquals("'a\\tb'", SoqlLiteral.quote("a\tb"));
    assertEquals("'a\\bb'", SoqlLiteral.quote("a\bb"));
    assertEquals("'a\\fb'", SoqlLiteral.quote("a\fb"));
  }

  @Test
  void hostileStringsStayInsideOneLiteral() {
    assertEquals("'\\' OR Name != \\''", SoqlLiteral.quote("' OR Name != '"));
    assertEquals("'trailing\\\\'", SoqlLiteral.quote("trailing\\"));
    assertEquals("'\\\\\\''", SoqlLiteral.quote("\\'"));
    assertEquals("''", SoqlLiteral.quote(""));
  }

  @Test
  void wildcardsAndUnicodeAreLeftAloneOutsideLike() {
    assertEquals("'100% _done_'", SoqlLiteral.quote("100% _done_"));
    assertEquals("'고객 성공 🚀 \u200b\u202e'", SoqlLiteral.quote("고객 성공 🚀 \u200b\u202e"));
  }

  @Test
  void numbersArePlainDecimals() {
    assertEquals("42", SoqlLiteral.of(42));
    assertEquals("-42", SoqlLiteral.of(-42L));
    assertEquals("12345678901234567890", SoqlLiteral.of(new BigInteger("12345678901234567890")));
    assertEquals("1000", SoqlLiteral.of(new BigDecimal("1E+3")));
    assertEquals("0.00000012", SoqlLiteral.of(new BigDecimal("1.2E-7")));
    assertEquals("12.50", SoqlLiteral.of(new BigDecimal("12.50")));
    assertEquals("0.1", SoqlLiteral.of(0.1d));
    assertThrows(IllegalArgumentException.class, () -> SoqlLiteral.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> SoqlLiteral.of(Double.POSITIVE_INFINITY));
  }

  @Test
  void booleansNullDatesAndDatetimesAreUnquoted() {
    assertEquals("true", SoqlLiteral.of(true));
    assertEquals("false", SoqlLiteral.of(false));
    assertEquals("null", SoqlLiteral.of(null));
    assertEquals("2025-01-02", SoqlLiteral.of(LocalDate.of(2025, 1, 2)));
    assertEquals("2025-01-02T03:04:05.000Z", SoqlLiteral.of(Instant.parse("2025-01-02T03:04:05Z")));
    assertEquals("2025-01-02T03:04:05.678Z", SoqlLiteral.of(Instant.parse("2025-01-02T03:04:05.678901Z")));
  }

  @Test
  void anyOtherTypeIsRefused() {
    for (Object other : List.of(new Date(), LocalTime.NOON, 'x', new Object(), List.of("a"), new StringBuilder("a"))) {
      assertThrows(IllegalArgumentException.class, () -> SoqlLiteral.of(other), other.getClass().getName());
    }
  }

  @Test
  void escapingWildcardsMakesTextMatchOnlyItself() {
    assertEquals("50\\% off", SoqlLiteral.escapeWildcards("50% off"));
    assertEquals("a\\_b", SoqlLiteral.escapeWildcards("a_b"));
    assertEquals("c:\\\\dir", SoqlLiteral.escapeWildcards("c:\\dir"));
  }

  @Test
  void likePatternsKeepWildcardEscapesAndEscapeTheRest() {
    assertEquals("'%50\\% off%'", SoqlLiteral.quoteLikePattern("%" + SoqlLiteral.escapeWildcards("50% off") + "%"));
    assertEquals("'%c:\\\\dir%'", SoqlLiteral.quoteLikePattern("%" + SoqlLiteral.escapeWildcards("c:\\dir") + "%"));
    assertEquals("'O\\'Br_en%'", SoqlLiteral.quoteLikePattern("O'Br_en%"));
    assertEquals("'%\\n\\\"%'", SoqlLiteral.quoteLikePattern("%\n\"%"));
  }

  @Test
  void aStrayBackslashInALikePatternIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SoqlLiteral.quoteLikePattern("a\\b"));
    assertThrows(IllegalArgumentException.class, () -> SoqlLiteral.quoteLikePattern("trailing\\"));
    assertThrows(IllegalArgumentException.class, () -> SoqlLiteral.quoteLikePattern("\\'"));
  }
}
