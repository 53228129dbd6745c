package dev.bellwether.sync.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class StoredValuesTest {

  @Test
  void datesAndTimesBecomeIsoTextAndNumbersKeepTheirExactValue() {
    assertEquals("2026-03-02T08:00:00Z", StoredValues.toStored(Instant.parse("2026-03-02T08:00:00Z")));
    assertEquals("2026-03-02T08:00:00.123Z", StoredValues.toStored(Instant.parse("2026-03-02T08:00:00.123Z")));
    assertEquals("2027-01-31", StoredValues.toStored(LocalDate.of(2027, 1, 31)));
    assertEquals("09:30", StoredValues.toStored(LocalTime.of(9, 30)));
    assertEquals(new BigDecimal("1000.50"), StoredValues.toStored(new BigDecimal("1000.50")));
    assertEquals(42L, StoredValues.toStored(42L));
    assertEquals(42L, StoredValues.toStored(42));
    assertEquals(new BigDecimal("0.1"), StoredValues.toStored(0.1d));
    assertEquals(Boolean.TRUE, StoredValues.toStored(true));
    assertEquals("text", StoredValues.toStored("text"));
    assertNull(StoredValues.toStored(null));
  }

  @Test
  void aValueOfNoKnownTypeIsRefusedRatherThanStoredAsSomethingElse() {
    assertThrows(IllegalArgumentException.class, () -> StoredValues.toStored(new Object()));
  }
}
