package dev.bellwether.metrics.revenue;

import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.Fixtures;
import dev.bellwether.metrics.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class AnnualContractValueTest {

  private final Fixtures f = new Fixtures();
  private final AnnualContractValue acv = new AnnualContractValue(f.zone());

  @Test
  void domainExamplesAnnualiseDownAndUp() {
    assertAcv("30000", f.contract("A", "2025-01-01", "2027-12-31", usd(90_000)));
    assertAcv("36000", f.contract("A", "2025-04-01", "2025-06-30", usd(9_000)));
  }

  @Test
  void handComputedTerms() {
    // Two years from a mid-quarter start: 50,000 / 2.
    assertAcv("25000", f.contract("A", "2025-03-01", "2027-02-28", usd(50_000)));
    // Eighteen months: 27,000 / 1.5.
    assertAcv("18000", f.contract("A", "2025-01-01", "2026-06-30", usd(27_000)));
    // One year: ACV is the TCV, also across a leap day.
    assertAcv("12000", f.contract("A", "2024-02-01", "2025-01-31", usd(12_000)));
    // March in Los Angeles loses an hour to daylight saving but is still one month: 12 x 1,000.
    assertAcv("12000", f.contract("A", "2025-03-01", "2025-03-31", usd(1_000)));
    // 15 days is 15/365 of a year: 1,500 x 365 / 15.
    assertAcv("36500", f.contract("A", "2025-01-01", "2025-01-15", usd(1_500)));
  }

  @Test
  void aContractEndingBeforeItStartsIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Contract.ofDates("C9", "A1", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 29), usd(1), "core", f.zone()));
    assertTrue(e.getMessage().contains("C9") && e.getMessage().contains("A1"), e.getMessage());
  }

  @Property(tries = 300)
  void wholeMonthTermsAnnualiseExactlyBackToTheTcv(
      @ForAll @IntRange(min = 1, max = 84) int months,
      @ForAll @IntRange(min = 0, max = 3000) int startOffsetDays,
      @ForAll @BigRange(min = "0", max = "10000000") @Scale(2) BigDecimal tcv) {
    // Days 29–31 have no same day in every month; calendar-aligned contracts start on 1–28.
    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(startOffsetDays);
    start = start.withDayOfMonth(Math.min(start.getDayOfMonth(), 28));
    Contract contract =
        Contract.ofDates("C", "A", start, start.plusMonths(months).minusDays(1), new Money(tcv, "USD"), "core", ZoneId.of("Europe/Berlin"));
    AnnualContractValue berlin = new AnnualContractValue(ZoneId.of("Europe/Berlin"));
    assertEquals(0, berlin.termInMonths(contract).compareTo(BigDecimal.valueOf(months)));
    BigDecimal backToTcv = berlin.of(contract).amount().multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
    assertTrue(
        // Equal to the 16 significant digits divisions keep.
        backToTcv.subtract(tcv).abs().compareTo(tcv.multiply(new BigDecimal("1e-14"))) <= 0,
        () -> backToTcv + " vs " + tcv);
    if (months == 12) {
      assertEquals(0, berlin.of(contract).amount().compareTo(tcv));
    }
  }

  @Property(tries = 200)
  void shorterTermsOfTheSameValueNeverHaveASmallerAcv(
      @ForAll @IntRange(min = 1, max = 400) int days,
      @ForAll @IntRange(min = 1, max = 400) int moreDays) {
    LocalDate start = LocalDate.of(2025, 1, 10);
    Money longer = acv.of(f.contract("A", start.toString(), start.plusDays(days + moreDays - 1).toString(), usd(10_000)));
    Money shorter = acv.of(f.contract("A", start.toString(), start.plusDays(days - 1).toString(), usd(10_000)));
    assertTrue(shorter.compareTo(longer) >= 0, shorter + " < " + longer);
  }

  private void assertAcv(String expected, Contract contract) {
    Money actual = acv.of(contract);
    assertTrue(actual.isSameAs(usd(expected)), () -> "ACV " + actual + ", expected " + expected);
  }
}
