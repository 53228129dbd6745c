package dev.bellwether.metrics.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency (ISO 4217 code). Amounts keep their full precision; rounding for
 * display is the caller's business. Arithmetic refuses to mix currencies: convert first.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

  /** Precision for divisions (16 significant digits), far below a cent on any real amount. */
  public static final MathContext PRECISION = MathContext.DECIMAL64;

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code", e);
    }
  }

  /** {@code amount} (decimal text or number) in {@code currency}. */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** Zero in {@code currency}. */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public Money dividedBy(BigDecimal divisor) {
    return new Money(amount.divide(divisor, PRECISION), currency);
  }

  /** The smaller of the two amounts. */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Compares amounts numerically (2.0 equals 2.00); both must be in the same currency. */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  /** Whether both amounts are numerically equal in the same currency, whatever their scale. */
  public boolean isSameAs(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + this + " with " + other + ": convert to one currency first");
    }
    return other;
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
