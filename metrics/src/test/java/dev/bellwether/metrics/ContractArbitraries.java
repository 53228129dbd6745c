package dev.bellwether.metrics;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.revenue.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random books of contracts for property tests: a few dozen accounts over 2023–2026. */
public final class ContractArbitraries {

  private ContractArbitraries() {}

  /** A contract of one of {@code accounts} accounts named {@code prefix}01, {@code prefix}02, ... */
  public static Arbitrary<Contract> contracts(String prefix, int accounts, ZoneId zone) {
    Arbitrary<String> account = Arbitraries.integers().between(1, accounts).map(i -> String.format("%s%02d", prefix, i));
    Arbitrary<LocalDate> start =
        Arbitraries.integers().between(0, 4 * 365).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
    // Whole-month terms (the common case) and odd day counts.
    Arbitrary<Integer> termMonths = Arbitraries.integers().between(1, 36);
    Arbitrary<Integer> termDays = Arbitraries.integers().between(1, 400);
    Arbitrary<Boolean> byMonths = Arbitraries.of(true, true, false);
    Arbitrary<BigDecimal> tcv =
        Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("500000")).ofScale(2);
    Arbitrary<String> line = Arbitraries.of("core", "analytics", "support");
    Arbitrary<Long> id = Arbitraries.longs().between(1, Long.MAX_VALUE);
    return Combinators.combine(account, start, byMonths, termMonths, termDays, tcv, line, id)
        .as(
            (a, s, months, m, d, value, l, i) -> {
              LocalDate end = months ? s.plusMonths(m).minusDays(1) : s.plusDays(d - 1);
              return Contract.ofDates("K" + i, a, s, end, new Money(value, "USD"), l, zone);
            });
  }

  /**
   * A book of up to {@code accounts} accounts, each with a realistic history (a first contract,
   * renewals that grow or shrink, add-ons in the same or another product line, churn at some
   * renewal), plus up to {@code max} loose contracts with odd terms.
   */
  public static Arbitrary<List<Contract>> book(String prefix, int accounts, int max, ZoneId zone) {
    Arbitrary<List<Contract>> histories =
        Arbitraries.integers()
            .between(0, accounts)
            .flatMap(
                n ->
                    Arbitraries.randomValue(
                        random -> {
                          List<Contract> all = new ArrayList<>();
                          for (int i = 1; i <= n; i++) {
                            all.addAll(history(String.format("%sH%02d", prefix, i), random, zone));
                          }
                          return all;
                        }));
    Arbitrary<List<Contract>> loose = contracts(prefix, accounts, zone).list().ofMaxSize(max);
    return Combinators.combine(histories, loose)
        .as(
            (h, l) -> {
              List<Contract> all = new ArrayList<>(h);
              all.addAll(l);
              return all;
            });
  }

  private static final String[] LINES = {"core", "analytics", "support"};

  private static List<Contract> history(String account, Random random, ZoneId zone) {
    List<Contract> contracts = new ArrayList<>();
    LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(3 * 365));
    BigDecimal value = BigDecimal.valueOf(1_000 + random.nextInt(200_000));
    String line = LINES[random.nextInt(LINES.length)];
    int serial = 0;
    while (start.isBefore(LocalDate.of(2027, 6, 1))) {
      int months = new int[] {1, 3, 12, 12, 12, 24, 36}[random.nextInt(7)];
      LocalDate end = start.plusMonths(months).minusDays(1);
      contracts.add(Contract.ofDates(account + "-" + serial++, account, start, end, new Money(value, "USD"), line, zone));
      if (random.nextInt(100) < 35) {
        // An add-on during the term: more of the same line (upsell) or another line (cross-sell).
        LocalDate addOnStart = start.plusDays(1 + random.nextInt(Math.max(1, months * 28 - 1)));
        String addOnLine = random.nextBoolean() ? line : LINES[random.nextInt(LINES.length)];
        BigDecimal addOnValue = BigDecimal.valueOf(500 + random.nextInt(50_000));
        contracts.add(
            Contract.ofDates(account + "-" + serial++, account, addOnStart, addOnStart.plusMonths(12).minusDays(1), new Money(addOnValue, "USD"), addOnLine, zone));
      }
      if (random.nextInt(100) < 25) {
        break; // churns at this renewal
      }
      // Renews the next day for 60%–150% of the value.
      value = value.multiply(BigDecimal.valueOf(60 + random.nextInt(91))).divide(BigDecimal.valueOf(100));
      start = end.plusDays(1);
    }
    return contracts;
  }
}
