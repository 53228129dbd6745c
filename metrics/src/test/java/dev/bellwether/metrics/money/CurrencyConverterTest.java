package dev.bellwether.metrics.money;

import static dev.bellwether.metrics.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {

  private final CurrencyConverter converter =
      new CurrencyConverter(
          new ExchangeRateTable(
              "USD",
              List.of(
                  new ExchangeRate("EUR", date("2025-01-01"), new BigDecimal("1.10")),
                  new ExchangeRate("EUR", date("2025-07-01"), new BigDecimal("1.20")),
                  new ExchangeRate("GBP", date("2025-01-01"), new BigDecimal("1.25")))));

  @Test
  void usesTheLatestRateInForceOnTheDate() {
    assertTrue(converter.toCorporate(Money.of("1000", "EUR"), date("2025-06-30")).isSameAs(Money.of("1100", "USD")));
    assertTrue(converter.toCorporate(Money.of("1000", "EUR"), date("2025-07-01")).isSameAs(Money.of("1200", "USD")));
    assertTrue(converter.toCorporate(Money.of("80", "GBP"), date("2026-03-01")).isSameAs(Money.of("100", "USD")));
  }

  @Test
  void corporateCurrencyNeedsNoRate() {
    Money usd = Money.of("5", "USD");
    assertSame(usd, converter.toCorporate(usd, date("1999-01-01")));
  }

  @Test
  void missingRateNamesTheCurrencyAndTheDate() {
    MissingExchangeRateException beforeFirst =
        assertThrows(
            MissingExchangeRateException.class,
            () -> converter.toCorporate(Money.of("1", "EUR"), date("2024-12-31")));
    assertEquals("EUR", beforeFirst.currency());
    assertEquals(date("2024-12-31"), beforeFirst.date());
    assertTrue(beforeFirst.getMessage().contains("EUR") && beforeFirst.getMessage().contains("2024-12-31"));

    MissingExchangeRateException unknown =
        assertThrows(
            MissingExchangeRateException.class,
            () -> converter.toCorporate(Money.of("1", "JPY"), date("2025-08-01")));
    assertTrue(unknown.getMessage().contains("JPY to USD"), unknown.getMessage());
  }

  @Test
  void rejectsConflictingRatesAndTheCorporateCurrencyItself() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CurrencyConverter(
                new ExchangeRateTable(
                    "USD",
                    List.of(
                        new ExchangeRate("EUR", date("2025-01-01"), BigDecimal.ONE),
                        new ExchangeRate("EUR", date("2025-01-01"), BigDecimal.TEN)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ExchangeRateTable("USD", List.of(new ExchangeRate("USD", date("2025-01-01"), BigDecimal.ONE))));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XYZ1"));
  }

  @Test
  void moneyRefusesToMixCurrencies() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "USD").plus(Money.of("1", "EUR")));
  }

  @Property(tries = 200)
  void conversionIsAdditive(
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal a,
      @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal b) {
    Money sum = converter.toCorporate(new Money(a.add(b), "EUR"), date("2025-08-15"));
    Money parts =
        converter
            .toCorporate(new Money(a, "EUR"), date("2025-08-15"))
            .plus(converter.toCorporate(new Money(b, "EUR"), date("2025-08-15")));
    assertTrue(sum.isSameAs(parts));
  }
}
