package dev.bellwether.store.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {

  private static String encoded(CopyText text) {
    return new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8);
  }

  @Test
  void fieldsAreSplitByTabsRowsEndInNewlinesAndNullIsBackslashN() {
    CopyText text = new CopyText(8);
    text.text("a").nullValue().text("").number(42L).number((Integer) null).endRow();
    text.text("b").endRow();

    assertEquals("a\t\\N\t\t42\t\\N\nb\n", encoded(text));
  }

  @Test
  void backslashTabNewlineAndCarriageReturnAreEscapedSoNoValueEndsAFieldOrRow() {
    CopyText text = new CopyText(8);
    text.text("t\there").text("n\nr\r").text("\\N").text("\\.").text("end\\").endRow();

    assertEquals("t\\there\tn\\nr\\r\t\\\\N\t\\\\.\tend\\\\\n", encoded(text));
  }

  @Test
  void textIsUtf8WithSurrogatePairsJoinedAndLoneSurrogatesAsQuestionMarks() {
    CopyText text = new CopyText(8);
    text.text("é日😀").text("x\uD800y").endRow();

    assertEquals("é日😀\tx?y\n", encoded(text));
    // é is 2 bytes, 日 3, 😀 4.
    assertEquals(2 + 3 + 4 + 1 + 3 + 1, text.length());
  }

  @Test
  void aNulCharacterIsRefusedWithItsPosition() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CopyText(8).text("ab\0c"));

    assertEquals("contains a NUL character (U+0000), which PostgreSQL text cannot hold, at position 2", e.getMessage());
  }

  @Test
  void numbersAreWrittenInDecimalWithTheirSign() {
    CopyText text = new CopyText(8);
    text.number(0L).number(-7L).number(Long.MAX_VALUE).number(Long.MIN_VALUE).number(Integer.valueOf(123)).endRow();

    assertEquals("0\t-7\t9223372036854775807\t-9223372036854775808\t123\n", encoded(text));
  }

  @Test
  void daysAreIsoWithYearsBeforeOneWrittenAsBc() {
    CopyText text = new CopyText(8);
    text.day(LocalDate.of(2024, 3, 1)).day(LocalDate.of(7, 1, 9)).day(LocalDate.of(12345, 6, 7))
        .day(LocalDate.of(0, 12, 31)).day(LocalDate.of(-44, 3, 15)).day(null).endRow();

    assertEquals("2024-03-01\t0007-01-09\t12345-06-07\t0001-12-31 BC\t0045-03-15 BC\t\\N\n", encoded(text));
  }

  @Test
  void instantsAreUtcRoundedHalfUpToTheMicrosecond() {
    CopyText text = new CopyText(8);
    text.instant(Instant.parse("2024-03-01T01:02:03Z"))
        .instant(Instant.parse("2024-03-01T01:02:03.123456499Z"))
        .instant(Instant.parse("2024-03-01T01:02:03.123456500Z"))
        .instant(Instant.parse("2024-12-31T23:59:59.999999500Z"))
        .instant(Instant.parse("-0043-03-15T12:00:00Z"))
        .instant(null).endRow();

    assertEquals("2024-03-01 01:02:03.000000+00\t2024-03-01 01:02:03.123456+00\t2024-03-01 01:02:03.123457+00\t"
        + "2025-01-01 00:00:00.000000+00\t0044-03-15 12:00:00.000000+00 BC\t\\N\n", encoded(text));
  }

  @Test
  void theBufferGrowsAndClearStartsOver() {
    CopyText text = new CopyText(8);
    String longValue = "x".repeat(10_000);
    text.text(longValue).text("ü".repeat(5_000)).endRow();

    assertEquals(10_000 + 1 + 10_000 + 1, text.length());
    text.clear();
    text.text("again").endRow();
    assertEquals("again\n", encoded(text));
  }
}
