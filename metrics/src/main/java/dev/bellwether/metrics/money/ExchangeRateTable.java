package dev.bellwether.metrics.money;

import java.util.List;
import java.util.Objects;

/** The org's corporate currency and the rates that convert other currencies into it. */
public record ExchangeRateTable(String corporateCurrency, List<ExchangeRate> rates) {

  public ExchangeRateTable {
    Objects.requireNonNull(corporateCurrency, "corporateCurrency");
    Money.zero(corporateCurrency); // validates the code
    rates = List.copyOf(rates);
    for (ExchangeRate rate : rates) {
      if (rate.currency().equals(corporateCurrency)) {
        throw new IllegalArgumentException(
            "exchange rate table lists the corporate currency " + corporateCurrency
                + " itself (from " + rate.effectiveFrom() + "); its rate is always 1");
      }
    }
  }

  /** A table for a book kept in one currency: nothing to convert. */
  public static ExchangeRateTable singleCurrency(String corporateCurrency) {
    return new ExchangeRateTable(corporateCurrency, List.of());
  }
}
