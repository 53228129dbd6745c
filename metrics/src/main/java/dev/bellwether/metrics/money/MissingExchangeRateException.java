package dev.bellwether.metrics.money;

import java.time.LocalDate;

/** No rate converts a currency into the corporate currency on a date; the metric cannot be computed. */
public final class MissingExchangeRateException extends RuntimeException {

  private final String currency;
  private final LocalDate date;

  public MissingExchangeRateException(String currency, String corporateCurrency, LocalDate date) {
    super(
        "no exchange rate from " + currency + " to " + corporateCurrency + " in force on " + date
            + " (add a rate for " + currency + " effective on or before " + date + ")");
    this.currency = currency;
    this.date = date;
  }

  public String currency() {
    return currency;
  }

  public LocalDate date() {
    return date;
  }
}
