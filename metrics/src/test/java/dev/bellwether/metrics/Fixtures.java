package dev.bellwether.metrics;

import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.retention.AccountMovements;
import dev.bellwether.metrics.revenue.AnnualContractValue;
import dev.bellwether.metrics.revenue.Contract;
import dev.bellwether.metrics.revenue.RecurringRevenue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders for test data: contracts by dates in one org zone, amounts in USD by default. */
public final class Fixtures {

  /** The org zone most tests use: far enough from UTC that a UTC shortcut would show. */
  public static final ZoneId ORG_ZONE = ZoneId.of("America/Los_Angeles");

  private final ZoneId zone;
  private final AtomicInteger ids = new AtomicInteger();

  public Fixtures(ZoneId zone) {
    this.zone = zone;
  }

  public Fixtures() {
    this(ORG_ZONE);
  }

  public ZoneId zone() {
    return zone;
  }

  public static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  public static Money usd(long amount) {
    return new Money(BigDecimal.valueOf(amount), "USD");
  }

  public static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** A contract in force from {@code start} through {@code end} (inclusive) for product line "core". */
  public Contract contract(String account, String start, String end, Money tcv) {
    return contract(account, start, end, tcv, "core");
  }

  public Contract contract(String account, String start, String end, Money tcv, String productLine) {
    return Contract.ofDates(
        "C" + ids.incrementAndGet(), account, date(start), date(end), tcv, productLine, zone);
  }

  /** ARR, movements and ACV in USD with no other currency. */
  public RecurringRevenue revenue() {
    return revenue(ExchangeRateTable.singleCurrency("USD"));
  }

  public RecurringRevenue revenue(ExchangeRateTable rates) {
    return new RecurringRevenue(new AnnualContractValue(zone), new CurrencyConverter(rates));
  }

  public AccountMovements movements() {
    return new AccountMovements(revenue());
  }
}
