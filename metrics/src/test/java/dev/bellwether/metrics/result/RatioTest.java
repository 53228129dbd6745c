package dev.bellwether.metrics.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void anEmptyDenominatorIsNotDefinedWithTheReason() {
    MetricValue<Ratio> none = Ratio.of(0, 0, "no renewal due");
    assertFalse(none.isDefined());
    assertEquals("no renewal due", none.reason().orElseThrow());
    IllegalStateException e = assertThrows(IllegalStateException.class, none::value);
    assertTrue(e.getMessage().contains("no renewal due"));
    assertThrows(IllegalArgumentException.class, () -> new Ratio(BigDecimal.ONE, BigDecimal.ZERO));
  }

  @Test
  void valuePercentAndComplement() {
    Ratio r = Ratio.of(34, 40, "-").value();
    assertEquals(0, r.value().compareTo(new BigDecimal("0.85")));
    assertEquals(0, r.percent().compareTo(new BigDecimal("85")));
    assertTrue(r.complement().isEqualTo(6, 40));
    assertTrue(r.compareTo(Ratio.of(17, 20, "-").value()) == 0);
    assertTrue(Ratio.of(1, 3, "-").value().compareTo(Ratio.of(1, 2, "-").value()) < 0);
  }

  @Test
  void mapKeepsTheReason() {
    MetricValue<Ratio> none = Ratio.of(1, 0, "empty");
    assertEquals("empty", none.map(Ratio::complement).reason().orElseThrow());
    assertEquals(BigDecimal.ONE, none.map(Ratio::value).orElse(BigDecimal.ONE));
  }
}
