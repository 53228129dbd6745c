package dev.bellwether.metrics.money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Converts amounts into the corporate currency with the rate in force on a date: the latest rate
 * of that currency whose effective date is on or before it.
 */
public final class CurrencyConverter {

  private final String corporateCurrency;
  private final Map<String, NavigableMap<LocalDate, ExchangeRate>> ratesByCurrency = new HashMap<>();

  public CurrencyConverter(ExchangeRateTable table) {
    this.corporateCurrency = table.corporateCurrency();
    for (ExchangeRate rate : table.rates()) {
      ExchangeRate clash =
          ratesByCurrency
              .computeIfAbsent(rate.currency(), c -> new TreeMap<>())
              .put(rate.effectiveFrom(), rate);
      if (clash != null && clash.corporateUnits().compareTo(rate.corporateUnits()) != 0) {
        throw new IllegalArgumentException(
            "two exchange rates for " + rate.currency() + " from " + rate.effectiveFrom() + ": "
                + clash.corporateUnits().toPlainString() + " and "
                + rate.corporateUnits().toPlainString());
      }
    }
  }

  public String corporateCurrency() {
    return corporateCurrency;
  }

  /**
   * {@code money} in the corporate currency at the rate in force on {@code on}.
   *
   * @throws MissingExchangeRateException naming the currency and date when no rate is in force
   */
  public Money toCorporate(Money money, LocalDate on) {
    if (money.currency().equals(corporateCurrency)) {
      return money;
    }
    NavigableMap<LocalDate, ExchangeRate> rates = ratesByCurrency.get(money.currency());
    Entry<LocalDate, ExchangeRate> inForce = rates == null ? null : rates.floorEntry(on);
    if (inForce == null) {
      throw new MissingExchangeRateException(money.currency(), corporateCurrency, on);
    }
    return new Money(money.amount().multiply(inForce.getValue().corporateUnits()), corporateCurrency);
  }
}
