package dev.bellwether.metrics.churn;

import static dev.bellwether.metrics.Fixtures.date;
import static dev.bellwether.metrics.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.metrics.churn.ChurnAnalysis.Cell;
import dev.bellwether.metrics.churn.ChurnAnalysis.CompetitorLoss;
import dev.bellwether.metrics.churn.ChurnAnalysis.Tally;
import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.ExchangeRate;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChurnAnalysisTest {
  private static final ChurnReasonTaxonomy TAXONOMY = ChurnReasonTaxonomy.defaults();
  private static final ChurnReason PRICE = ChurnReasonCode.PRICE.reason();
  private static final ChurnReason COMPETITOR = ChurnReasonCode.COMPETITOR.reason();
  private static final ChurnReason ACQUIRED = ChurnReasonCode.ACQUIRED_OR_CLOSED.reason();
  private static final ChurnReason ONBOARDING = ChurnReasonCode.POOR_ONBOARDING.reason();
  private static final LocalDate FROM = date("2025-07-01");
  private static final LocalDate TO = date("2025-09-30");
  private final CurrencyConverter converter = new CurrencyConverter(new ExchangeRateTable("USD",
      List.of(new ExchangeRate("EUR", date("2025-01-01"), new BigDecimal("1.2")),
          new ExchangeRate("EUR", date("2025-08-01"), new BigDecimal("2.0")))));

  private final List<ChurnRecord> records = List.of(
      ChurnRecord.of("A1", "SMB", "ana", PRICE, usd(10_000), date("2025-07-10")),
      ChurnRecord.of("A2", "SMB", "ana", PRICE, usd(5_000), date("2025-08-20")),
      ChurnRecord.of("A3", "Enterprise", "ben", COMPETITOR, usd(40_000), date("2025-09-30"))
          .withCompetitor("Rival Inc").withSecondary(PRICE),
      ChurnRecord.of("A4", "SMB", "ben", COMPETITOR, Money.of("5000", "EUR"), date("2025-07-01"))
          .withCompetitor(" rival inc "),
      ChurnRecord.of("A5", "Enterprise", "ana", ACQUIRED, usd(30_000), date("2025-08-05")),
      ChurnRecord.of("A6", "", "cy", ONBOARDING, usd(2_000), date("2025-09-01"))
          .withCompetitor("Other Co"),
      ChurnRecord.of("A7", "SMB", "ana", PRICE, usd(99_000), date("2025-10-01")),
      ChurnRecord.of("A8", "SMB", "ana", PRICE, usd(99_000), date("2025-06-30")));

  @Test
  void handComputedQuarterByReasonAndSegment() {
    ChurnAnalysis a = ChurnAnalysis.of(TAXONOMY, records, FROM, TO, converter);
    // In range: A1..A6. A4's 5,000 EUR at the 1 July rate of 1.2 is 6,000 USD (the August rate
    // of 2.0 is not used: constant currency from the range's first day).
    assertEquals(List.of(
        new Cell(ONBOARDING, "(unassigned)", 1, usd(2_000)),
        new Cell(PRICE, "SMB", 2, usd(15_000)),
        new Cell(ACQUIRED, "Enterprise", 1, usd(30_000)),
        new Cell(COMPETITOR, "Enterprise", 1, usd(40_000)),
        new Cell(COMPETITOR, "SMB", 1, usd("6000.0"))), a.cells());
    Tally total = a.total();
    assertEquals(6, total.count());
    assertTrue(total.arrLost().isSameAs(usd(93_000)));
    assertEquals(new Tally(2, usd(46_000)).count(), a.byReason().get(COMPETITOR).count());
    assertTrue(a.byReason().get(COMPETITOR).arrLost().isSameAs(usd(46_000)));
    assertEquals(0, a.byReason().get(ChurnReasonCode.BAD_FIT.reason()).count());
    assertEquals(List.of("(unassigned)", "Enterprise", "SMB"), List.copyOf(a.bySegment().keySet()));
    assertTrue(a.bySegment().get("SMB").arrLost().isSameAs(usd(21_000)));
  }

  @Test
  void controllableSharesByCountAndArr() {
    ChurnAnalysis a = ChurnAnalysis.of(TAXONOMY, records, FROM, TO, converter);
    // Uncontrollable: A5 only. By count 5 of 6; by ARR 63,000 of 93,000.
    assertTrue(a.controllableShareByCount().value().isEqualTo(5, 6));
    assertTrue(a.uncontrollableShareByCount().value().isEqualTo(1, 6));
    assertTrue(a.controllableShareByArr().value().isEqualTo(63_000, 93_000));
    assertTrue(a.uncontrollableShareByArr().value().isEqualTo(30_000, 93_000));
  }

  @Test
  void competitorsAreCountedIgnoringCaseAndRankedByCountThenArr() {
    ChurnAnalysis a = ChurnAnalysis.of(TAXONOMY, records, FROM, TO, converter);
    List<CompetitorLoss> top = a.topCompetitors(5);
    assertEquals(2, top.size());
    assertEquals("Rival Inc", top.get(0).competitor());
    assertEquals(2, top.get(0).count());
    assertTrue(top.get(0).arrLost().isSameAs(usd(46_000)));
    assertEquals("Other Co", top.get(1).competitor());
    assertEquals(1, a.topCompetitors(1).size());
    assertThrows(IllegalArgumentException.class, () -> a.topCompetitors(-1));
  }

  @Test
  void noChurnInTheRangeLeavesTheSharesNotDefined() {
    ChurnAnalysis a = ChurnAnalysis.of(TAXONOMY, records, ReportingPeriod.quarter(2024, 1), converter);
    assertEquals(0, a.total().count());
    assertFalse(a.controllableShareByCount().isDefined());
    assertEquals("no churn between 2024-01-01 to 2024-03-31", a.controllableShareByCount().reason().orElseThrow());
    assertFalse(a.uncontrollableShareByArr().isDefined());
  }

  @Test
  void reasonsOutsideTheTaxonomyAndBackwardRangesAreRefused() {
    ChurnReason own = new ChurnReason("Failed data migration", true);
    List<ChurnRecord> withOwn = List.of(ChurnRecord.of("A9", "SMB", "ana", own, usd(1), date("2025-08-01")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChurnAnalysis.of(TAXONOMY, withOwn, FROM, TO, converter));
    assertTrue(e.getMessage().startsWith("churn record of account A9 gives the reason Failed data migration"
        + " (controllable), which is not in the org's taxonomy"), e.getMessage());
    ChurnAnalysis extended = ChurnAnalysis.of(ChurnReasonTaxonomy.withExtras(List.of(own)), withOwn, FROM, TO,
        converter);
    assertEquals(1, extended.byReason().get(own).count());
    assertThrows(IllegalArgumentException.class, () -> ChurnAnalysis.of(TAXONOMY, records, TO, FROM, converter));
  }

  @Test
  void aRecordNormalisesBlankValuesAndARepeatedSecondaryReason() {
    ChurnRecord r = new ChurnRecord("A1", null, " ana ", PRICE, Optional.of(PRICE), usd(1),
        date("2025-08-01"), Optional.of("  "));
    assertEquals("", r.segment());
    assertEquals("ana", r.owner());
    assertTrue(r.secondary().isEmpty());
    assertTrue(r.competitor().isEmpty());
    assertThrows(IllegalArgumentException.class,
        () -> ChurnRecord.of("A1", "SMB", "ana", PRICE, usd(-1), date("2025-08-01")));
  }

  @Property(tries = 300)
  void sharesMakeOneHundredPercentByCountAndByArr(@ForAll("records") List<ChurnRecord> sample) {
    ChurnAnalysis a = ChurnAnalysis.of(TAXONOMY, sample, FROM, TO, converter);
    if (a.total().count() > 0) {
      assertSumsToOne(a.controllableShareByCount().value(), a.uncontrollableShareByCount().value());
    }
    if (a.total().arrLost().isPositive()) {
      assertSumsToOne(a.controllableShareByArr().value(), a.uncontrollableShareByArr().value());
    }
  }

  @Property(tries = 300)
  void totalsEqualTheSumOfTheCells(@ForAll("records") List<ChurnRecord> sample) {
    ChurnAnalysis a = ChurnAnalysis.of(TAXONOMY, sample, FROM, TO, converter);
    Money cells = usd(0);
    int count = 0;
    for (Cell c : a.cells()) {
      cells = cells.plus(c.arrLost());
      count += c.count();
    }
    assertTrue(a.total().arrLost().isSameAs(cells));
    assertEquals(count, a.total().count());
    assertEquals(sample.stream().filter(r -> !r.churnDate().isBefore(FROM) && !r.churnDate().isAfter(TO)).count(),
        count);
    Money byReason = a.byReason().values().stream().map(Tally::arrLost).reduce(usd(0), Money::plus);
    Money bySegment = a.bySegment().values().stream().map(Tally::arrLost).reduce(usd(0), Money::plus);
    assertTrue(byReason.isSameAs(cells) && bySegment.isSameAs(cells));
    assertTrue(a.controllable().arrLost().plus(a.uncontrollable().arrLost()).isSameAs(cells));
  }

  @Property(tries = 300)
  void addingARecordNeverLowersItsCell(@ForAll("records") List<ChurnRecord> sample,
      @ForAll("record") ChurnRecord extra) {
    ChurnAnalysis before = ChurnAnalysis.of(TAXONOMY, sample, FROM, TO, converter);
    List<ChurnRecord> more = new ArrayList<>(sample);
    more.add(extra);
    ChurnAnalysis after = ChurnAnalysis.of(TAXONOMY, more, FROM, TO, converter);
    String segment = extra.segment().isEmpty() ? "(unassigned)" : extra.segment();
    Tally was = before.cell(extra.primary(), segment).map(Cell::tally).orElse(new Tally(0, usd(0)));
    Tally now = after.cell(extra.primary(), segment).map(Cell::tally).orElse(new Tally(0, usd(0)));
    boolean inRange = !extra.churnDate().isBefore(FROM) && !extra.churnDate().isAfter(TO);
    assertEquals(was.count() + (inRange ? 1 : 0), now.count());
    assertTrue(now.arrLost().compareTo(was.arrLost()) >= 0);
  }

  private static void assertSumsToOne(Ratio a, Ratio b) {
    assertEquals(0, a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator()))
        .compareTo(a.denominator().multiply(b.denominator())), a + " + " + b);
  }

  @Provide
  Arbitrary<List<ChurnRecord>> records() {
    return record().list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<ChurnRecord> record() {
    Arbitrary<String> accounts = Arbitraries.strings().alpha().ofLength(4);
    Arbitrary<String> segments = Arbitraries.of("", "SMB", "Mid-market", "Enterprise");
    Arbitrary<ChurnReason> reasons = Arbitraries.of(TAXONOMY.reasons());
    Arbitrary<Money> arr = Arbitraries.integers().between(0, 200_000).flatMap(n -> Arbitraries.of("USD", "EUR")
        .map(c -> new Money(BigDecimal.valueOf(n), c)));
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(-20, 110).map(FROM::plusDays);
    Arbitrary<String> competitor = Arbitraries.of("", "Rival", "rival", "Other");
    return Combinators.combine(accounts, segments, reasons, arr, dates, competitor).as(
        (id, segment, reason, lost, day, rival) -> new ChurnRecord(id, segment, "owner", reason,
            Optional.empty(), lost, day, Optional.of(rival)));
  }
}
