package dev.bellwether.metrics.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One unit of {@code currency} is worth {@code corporateUnits} of the corporate currency from
 * {@code effectiveFrom} until the currency's next rate takes effect.
 */
public record ExchangeRate(String currency, LocalDate effectiveFrom, BigDecimal corporateUnits) {

  public ExchangeRate {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(corporateUnits, "corporateUnits");
    if (corporateUnits.signum() <= 0) {
      throw new IllegalArgumentException(
          "exchange rate for " + currency + " from " + effectiveFrom + " must be positive, was "
              + corporateUnits.toPlainString());
    }
  }
}
