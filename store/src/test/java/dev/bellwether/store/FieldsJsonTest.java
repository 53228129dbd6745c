package dev.bellwether.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsJsonTest {

  private final FieldsJson json = new FieldsJson();

  @Test
  void decimalKeepsItsExactValueAndScale() {
    String text = json.write(Map.of("Amount", new BigDecimal("1000.50")));

    assertEquals("{\"Amount\":1000.50}", text);
    BigDecimal read = (BigDecimal) json.read(text).get("Amount");
    assertEquals(new BigDecimal("1000.50"), read);
    assertEquals(2, read.scale());
  }

  @Test
  void typesRoundTripAsStoredValueTypes() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Name", "Acme");
    fields.put("Active", true);
    fields.put("Employees", 42L);
    fields.put("Big", new BigDecimal("12345678901234567890.123456789"));
    fields.put("Start", LocalDate.of(2024, 2, 29));
    fields.put("At", LocalTime.of(9, 30));

    Map<String, Object> read = json.read(json.write(fields));

    assertEquals("Acme", read.get("Name"));
    assertEquals(Boolean.TRUE, read.get("Active"));
    assertEquals(42L, read.get("Employees"));
    assertEquals(new BigDecimal("12345678901234567890.123456789"), read.get("Big"));
    assertEquals("2024-02-29", read.get("Start"));
    assertEquals("09:30", read.get("At"));
  }

  @Test
  void readingSomeFieldsGivesTheSameValuesAsReadingAllAndSkipsTheRest() {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("city", "Seoul");
    address.put("lines", java.util.List.of("1", "2"));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("BillingAddress", address);
    fields.put("Name", "Acme");
    fields.put("Skipped", java.util.List.of(Map.of("deep", 1)));
    fields.put("Active", false);
    fields.put("Employees", 42L);
    fields.put("Amount", new BigDecimal("1000.50"));
    fields.put("Blank", null);
    String text = json.write(fields);

    Map<String, Object> some = json.read(text, java.util.Set.of("Name", "Active", "Employees", "Amount", "Blank",
        "BillingAddress", "NotThere"));

    Map<String, Object> all = json.read(text);
    all.remove("Skipped");
    assertEquals(all, some);
    assertEquals(2, ((BigDecimal) some.get("Amount")).scale());
    assertEquals(java.util.Set.of("Name", "Active", "Employees", "Amount", "Blank", "BillingAddress"), some.keySet());
  }
}
