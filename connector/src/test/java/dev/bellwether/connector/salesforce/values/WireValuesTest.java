package dev.bellwether.connector.salesforce.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.bellwether.connector.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wire text and JSON to Java values and back, for every port type. */
class WireValuesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T = Instant.parse("2025-01-02T03:04:05Z");

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void textTypesStayStrings() {
    for (FieldType t : new FieldType[] {FieldType.ID, FieldType.STRING, FieldType.PICKLIST,
        FieldType.MULTIPICKLIST, FieldType.REFERENCE, FieldType.OTHER}) {
      assertEquals(" a;b ", WireValues.fromText(t, " a;b "), t.name());
      assertEquals(" a;b ", WireValues.toText(t, " a;b "), t.name());
      assertEquals("x", WireValues.toJson(t, "x"), t.name());
    }
  }

  @Test
  void booleansParseEitherCaseAndPrintLowerCase() {
    assertEquals(Boolean.TRUE, WireValues.fromText(FieldType.BOOLEAN, "true"));
    assertEquals(Boolean.TRUE, WireValues.fromText(FieldType.BOOLEAN, "TRUE"));
    assertEquals(Boolean.FALSE, WireValues.fromText(FieldType.BOOLEAN, "false"));
    assertEquals("true", WireValues.toText(FieldType.BOOLEAN, true));
    assertEquals("false", WireValues.toText(FieldType.BOOLEAN, false));
    assertEquals(Boolean.FALSE, WireValues.toJson(FieldType.BOOLEAN, false));
  }

  @Test
  void integersAreLongsAndAcceptAWholeDecimalForm() {
    assertEquals(12L, WireValues.fromText(FieldType.INTEGER, "12"));
    assertEquals(-7L, WireValues.fromText(FieldType.INTEGER, "-7"));
    assertEquals(12L, WireValues.fromText(FieldType.INTEGER, "12.0"));
    assertEquals(Long.MAX_VALUE, WireValues.fromText(FieldType.INTEGER, "9223372036854775807"));
    assertEquals("12", WireValues.toText(FieldType.INTEGER, 12L));
    assertEquals("12", WireValues.toText(FieldType.INTEGER, 12));
    assertEquals(12L, WireValues.toJson(FieldType.INTEGER, 12));
  }

  @Test
  void decimalsAreBigDecimalsPrintedWithoutExponent() {
    assertEquals(new BigDecimal("1234.50"), WireValues.fromText(FieldType.DECIMAL, "1234.50"));
    assertEquals(new BigDecimal("1E+3"), WireValues.fromText(FieldType.DECIMAL, "1E+3"));
    assertEquals("1000", WireValues.toText(FieldType.DECIMAL, new BigDecimal("1E+3")));
    assertEquals("0.0000001", WireValues.toText(FieldType.DECIMAL, new BigDecimal("1E-7")));
    assertEquals("2.5", WireValues.toText(FieldType.DECIMAL, 2.5d));
    assertEquals(new BigDecimal("2.5"), WireValues.toJson(FieldType.DECIMAL, 2.5d));
  }

  @Test
  void datesAreLocalDates() {
    assertEquals(LocalDate.of(2025, 1, 2), WireValues.fromText(FieldType.DATE, "2025-01-02"));
    assertEquals("2025-01-02", WireValues.toText(FieldType.DATE, LocalDate.of(2025, 1, 2)));
    assertEquals("2025-01-02", WireValues.toJson(FieldType.DATE, LocalDate.of(2025, 1, 2)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-01-02T03:04:05.000Z", "2025-01-02T03:04:05.000+0000",
      "2025-01-02T03:04:05Z", "2025-01-02T03:04:05.000+00:00", "2025-01-02T04:04:05.000+0100"})
  void everySalesforceDatetimeSpellingIsTheSameInstant(String text) {
    assertEquals(T, WireValues.fromText(FieldType.DATETIME, text));
  }

  @Test
  void datetimesPrintAsUtcWithMillis() {
    assertEquals("2025-01-02T03:04:05.000Z", WireValues.toText(FieldType.DATETIME, T));
    assertEquals("2025-01-02T03:04:05.120Z",
        WireValues.toText(FieldType.DATETIME, Instant.parse("2025-01-02T03:04:05.120999Z")));
    assertEquals("2025-01-02T03:04:05.000Z", WireValues.toText(FieldType.DATETIME,
        OffsetDateTime.of(2025, 1, 2, 5, 4, 5, 0, ZoneOffset.ofHours(2))));
    assertEquals("2025-01-02T03:04:05.000Z", WireValues.toJson(FieldType.DATETIME, T));
  }

  @Test
  void timesAreLocalTimesWithSalesforcesZSuffix() {
    assertEquals(LocalTime.of(3, 4, 5), WireValues.fromText(FieldType.TIME, "03:04:05.000Z"));
    assertEquals(LocalTime.of(3, 4, 5, 250_000_000), WireValues.fromText(FieldType.TIME, "03:04:05.250Z"));
    assertEquals(LocalTime.of(3, 4, 5), WireValues.fromText(FieldType.TIME, "03:04:05"));
    assertEquals("03:04:05.000Z", WireValues.toText(FieldType.TIME, LocalTime.of(3, 4, 5)));
    assertEquals("03:04:05.000Z", WireValues.toJson(FieldType.TIME, LocalTime.of(3, 4, 5)));
  }

  @ParameterizedTest
  @EnumSource(FieldType.class)
  void nullAndEmptyTextAreNull(FieldType type) {
    assertNull(WireValues.fromText(type, null));
    assertNull(WireValues.fromText(type, ""));
    assertNull(WireValues.fromJson(type, null));
    assertNull(WireValues.fromJson(type, MissingNode.getInstance()));
    assertNull(WireValues.fromJson(type, JSON.nullNode()));
    assertNull(WireValues.toJson(type, null));
    assertThrows(IllegalArgumentException.class, () -> WireValues.toText(type, null));
  }

  @Test
  void badTextNamesTheTypeAndTheText() {
    String[][] cases = {{"BOOLEAN", "yes"}, {"INTEGER", "1.5"}, {"INTEGER", "12abc"},
        {"INTEGER", "99999999999999999999"}, {"DECIMAL", "1,5"}, {"DATE", "2025-02-30"},
        {"DATE", "02/01/2025"}, {"DATETIME", "2025-01-02T03:04:05"}, {"DATETIME", "2025-01-02"},
        {"TIME", "25:00:00.000Z"}};
    for (String[] c : cases) {
      FieldType type = FieldType.valueOf(c[0]);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> WireValues.fromText(type, c[1]), c[1]);
      assertTrue(e.getMessage().contains(c[0]) && e.getMessage().contains("'" + c[1] + "'"), e.getMessage());
    }
  }

  @Test
  void aValueOfTheWrongJavaTypeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WireValues.toText(FieldType.BOOLEAN, 1L));
    assertThrows(IllegalArgumentException.class, () -> WireValues.toText(FieldType.INTEGER, new BigDecimal("1.5")));
    assertThrows(IllegalArgumentException.class, () -> WireValues.toText(FieldType.DATE, T));
    assertThrows(IllegalArgumentException.class, () -> WireValues.toText(FieldType.STRING, 5L));
    assertThrows(IllegalArgumentException.class, () -> WireValues.toJson(FieldType.DATETIME, LocalDate.now()));
  }

  @Test
  void textForATypedFieldIsCheckedAndNormalised() {
    assertEquals("2025-01-02T03:04:05.000Z", WireValues.toText(FieldType.DATETIME, "2025-01-02T03:04:05Z"));
    assertEquals(7L, WireValues.toJson(FieldType.INTEGER, "7"));
    assertThrows(IllegalArgumentException.class, () -> WireValues.toText(FieldType.INTEGER, "seven"));
  }

  @Test
  void jsonNumbersBooleansAndTextAreTyped() throws Exception {
    assertEquals(12L, WireValues.fromJson(FieldType.INTEGER, json("12")));
    assertEquals(12L, WireValues.fromJson(FieldType.INTEGER, json("12.0")));
    assertEquals(12L, WireValues.fromJson(FieldType.INTEGER, json("\"12\"")));
    assertEquals(new BigDecimal("0.1"), WireValues.fromJson(FieldType.DECIMAL, json("0.1")));
    assertEquals(new BigDecimal("5"), WireValues.fromJson(FieldType.DECIMAL, json("5")));
    assertEquals(Boolean.TRUE, WireValues.fromJson(FieldType.BOOLEAN, json("true")));
    assertEquals(T, WireValues.fromJson(FieldType.DATETIME, json("\"2025-01-02T03:04:05.000+0000\"")));
    assertEquals(LocalDate.of(2025, 1, 2), WireValues.fromJson(FieldType.DATE, json("\"2025-01-02\"")));
    assertEquals("Acme", WireValues.fromJson(FieldType.STRING, json("\"Acme\"")));
    assertEquals("42", WireValues.fromJson(FieldType.STRING, json("42")));
    assertThrows(IllegalArgumentException.class, () -> WireValues.fromJson(FieldType.INTEGER, json("1.5")));
  }

  @Test
  void compoundJsonOfAnOtherFieldKeepsItsJsonText() throws Exception {
    assertEquals("{\"city\":\"Oslo\"}", WireValues.fromJson(FieldType.OTHER, json("{\"city\":\"Oslo\"}")));
    assertThrows(IllegalArgumentException.class, () -> WireValues.fromJson(FieldType.STRING, json("[1]")));
  }

  @ParameterizedTest
  @EnumSource(FieldType.class)
  void aValueSurvivesTextAndJsonRoundTrips(FieldType type) throws Exception {
    Object value = switch (type) {
      case BOOLEAN -> Boolean.TRUE;
      case INTEGER -> -42L;
      case DECIMAL -> new BigDecimal("-12.34");
      case DATE -> LocalDate.of(2024, 2, 29);
      case DATETIME -> Instant.parse("2024-02-29T23:59:59.999Z");
      case TIME -> LocalTime.of(23, 59, 59, 999_000_000);
      default -> "It's \"quoted\"; ünïcödé 🚀";
    };
    assertEquals(value, WireValues.fromText(type, WireValues.toText(type, value)));
    JsonNode node = JSON.valueToTree(WireValues.toJson(type, value));
    assertEquals(value, WireValues.fromJson(type, node));
  }
}
