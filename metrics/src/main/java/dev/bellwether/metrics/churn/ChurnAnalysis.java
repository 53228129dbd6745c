package dev.bellwether.metrics.churn;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Churn by primary reason and segment over a date range of churn dates (both days included): count
 * and ARR lost per cell, per reason, per segment and in total; the controllable and uncontrollable
 * shares by count and by ARR; and the competitors customers moved to.
 *
 * <p>ARR lost is converted to the corporate currency at the rates of the range's first day
 * (constant currency, as the period metrics do). Each churn counts once, under its primary
 * reason; a secondary reason does not add to the matrix.
 */
public final class ChurnAnalysis {
  private final ChurnReasonTaxonomy taxonomy;
  private final ChurnRange range;
  private final Money zero;
  private final List<Cell> cells;
  private final List<CompetitorLoss> competitors;

  private ChurnAnalysis(ChurnReasonTaxonomy taxonomy, ChurnRange range, Money zero, List<Cell> cells,
      List<CompetitorLoss> competitors) {
    this.taxonomy = taxonomy;
    this.range = range;
    this.zero = zero;
    this.cells = List.copyOf(cells);
    this.competitors = List.copyOf(competitors);
  }

  /**
   * The analysis of the records whose churn date lies in {@code from..to}.
   *
   * @throws IllegalArgumentException when a record's reason is not in {@code taxonomy}
   */
  public static ChurnAnalysis of(ChurnReasonTaxonomy taxonomy, Collection<ChurnRecord> records,
      LocalDate from, LocalDate to, CurrencyConverter converter) {
    ChurnRange range = new ChurnRange(from, to);
    Money zero = Money.zero(converter.corporateCurrency());
    Map<ChurnReason, Map<String, Tally>> matrix = new LinkedHashMap<>();
    taxonomy.reasons().forEach(r -> matrix.put(r, new TreeMap<>()));
    Map<String, CompetitorTally> byCompetitor = new TreeMap<>();
    for (ChurnRecord record : records) {
      if (!range.contains(record.churnDate())) {
        continue;
      }
      for (ChurnReason reason : reasonsOf(record)) {
        if (!taxonomy.contains(reason)) {
          throw new IllegalArgumentException("churn record of account " + record.accountId()
              + " gives the reason " + reason + ", which is not in the org's taxonomy "
              + ChurnReasonTaxonomy.names(taxonomy.reasons()));
        }
      }
      Money lost = converter.toCorporate(record.arrLost(), from);
      String segment = record.segment().isEmpty() ? GroupBy.UNASSIGNED : record.segment();
      matrix.get(record.primary()).merge(segment, new Tally(1, lost), Tally::plus);
      record.competitor().ifPresent(name -> byCompetitor
          .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new CompetitorTally())
          .add(name, lost));
    }
    List<Cell> cells = new ArrayList<>();
    matrix.forEach((reason, bySegment) -> bySegment.forEach(
        (segment, tally) -> cells.add(new Cell(reason, segment, tally.count(), tally.arrLost()))));
    List<CompetitorLoss> competitors = new ArrayList<>();
    byCompetitor.values().forEach(t -> competitors.add(new CompetitorLoss(t.name, t.count, t.arrLost)));
    competitors.sort(Comparator.comparingInt(CompetitorLoss::count).reversed()
        .thenComparing(CompetitorLoss::arrLost, Comparator.reverseOrder())
        .thenComparing(CompetitorLoss::competitor));
    return new ChurnAnalysis(taxonomy, range, zero, cells, competitors);
  }

  /** Over a reporting period's days. */
  public static ChurnAnalysis of(ChurnReasonTaxonomy taxonomy, Collection<ChurnRecord> records,
      ReportingPeriod period, CurrencyConverter converter) {
    return of(taxonomy, records, period.firstDay(), period.lastDay(), converter);
  }

  private static List<ChurnReason> reasonsOf(ChurnRecord record) {
    List<ChurnReason> reasons = new ArrayList<>(List.of(record.primary()));
    record.secondary().ifPresent(reasons::add);
    return reasons;
  }

  public LocalDate from() {
    return range.from();
  }

  public LocalDate to() {
    return range.to();
  }

  /** The non-empty cells, reasons in taxonomy order, segments alphabetically. */
  public List<Cell> cells() {
    return cells;
  }

  /** One cell; empty when no churn fell in it. */
  public Optional<Cell> cell(ChurnReason reason, String segment) {
    return cells.stream().filter(c -> c.reason().equals(reason) && c.segment().equals(segment)).findFirst();
  }

  /** Count and ARR lost of every reason of the taxonomy, zero ones included, in taxonomy order. */
  public Map<ChurnReason, Tally> byReason() {
    Map<ChurnReason, Tally> out = new LinkedHashMap<>();
    taxonomy.reasons().forEach(r -> out.put(r, new Tally(0, zero)));
    cells.forEach(c -> out.merge(c.reason(), c.tally(), Tally::plus));
    return out;
  }

  /** Count and ARR lost per segment with churn, alphabetically. */
  public Map<String, Tally> bySegment() {
    Map<String, Tally> out = new TreeMap<>();
    cells.forEach(c -> out.merge(c.segment(), c.tally(), Tally::plus));
    return out;
  }

  /** All churn in the range. */
  public Tally total() {
    return cells.stream().map(Cell::tally).reduce(new Tally(0, zero), Tally::plus);
  }

  /** Churn whose primary reason was within the company's control. */
  public Tally controllable() {
    return cells.stream().filter(c -> c.reason().controllable()).map(Cell::tally)
        .reduce(new Tally(0, zero), Tally::plus);
  }

  /** Churn whose primary reason was not. */
  public Tally uncontrollable() {
    return cells.stream().filter(c -> !c.reason().controllable()).map(Cell::tally)
        .reduce(new Tally(0, zero), Tally::plus);
  }

  /** Controllable churns ÷ churns. */
  public MetricValue<Ratio> controllableShareByCount() {
    return Ratio.of(controllable().count(), total().count(), "no churn between " + range);
  }

  /** Uncontrollable churns ÷ churns; with the controllable share it makes 100 %. */
  public MetricValue<Ratio> uncontrollableShareByCount() {
    return Ratio.of(uncontrollable().count(), total().count(), "no churn between " + range);
  }

  /** Controllable ARR lost ÷ ARR lost. */
  public MetricValue<Ratio> controllableShareByArr() {
    return Ratio.of(controllable().arrLost().amount(), total().arrLost().amount(),
        "no ARR lost between " + range);
  }

  /** Uncontrollable ARR lost ÷ ARR lost. */
  public MetricValue<Ratio> uncontrollableShareByArr() {
    return Ratio.of(uncontrollable().arrLost().amount(), total().arrLost().amount(),
        "no ARR lost between " + range);
  }

  /**
   * The {@code limit} competitors named most often (names compared ignoring case), then by ARR
   * lost to them, then by name.
   */
  public List<CompetitorLoss> topCompetitors(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("top competitors: limit must not be negative, was " + limit);
    }
    return competitors.subList(0, Math.min(limit, competitors.size()));
  }

  /** A count of churns and the ARR they lost. */
  public record Tally(int count, Money arrLost) {
    Tally plus(Tally other) {
      return new Tally(count + other.count, arrLost.plus(other.arrLost));
    }
  }

  /** Churn of one primary reason in one segment. */
  public record Cell(ChurnReason reason, String segment, int count, Money arrLost) {
    public Tally tally() {
      return new Tally(count, arrLost);
    }
  }

  /** Churn to one competitor; the name is the first spelling in alphabetical order. */
  public record CompetitorLoss(String competitor, int count, Money arrLost) {}

  private static final class CompetitorTally {
    private String name;
    private int count;
    private Money arrLost;

    void add(String spelling, Money lost) {
      name = name == null || spelling.compareTo(name) < 0 ? spelling : name;
      count++;
      arrLost = arrLost == null ? lost : arrLost.plus(lost);
    }
  }
}
