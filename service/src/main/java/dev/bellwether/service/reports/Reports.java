package dev.bellwether.service.reports;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.book.Book;
import dev.bellwether.metrics.book.Breakdown;
import dev.bellwether.metrics.book.MetricsSettings;
import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.book.PeriodMetricsCalculator;
import dev.bellwether.metrics.churn.ChurnAnalysis;
import dev.bellwether.metrics.churn.ChurnedAccount;
import dev.bellwether.metrics.churn.MissingChurnReasons;
import dev.bellwether.metrics.health.ScorecardSet;
import dev.bellwether.metrics.money.CurrencyConverter;
import dev.bellwether.metrics.money.ExchangeRateTable;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.renewal.RenewalStatusRules;
import dev.bellwether.service.scorecards.ScorecardSource;
import dev.bellwether.service.scorecards.ScorecardsException;
import dev.bellwether.service.scoring.ScoringSettings;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.book.CrmBookLoader;
import dev.bellwether.service.scoring.book.Segmenter;
import dev.bellwether.service.scoring.renewals.RenewalSchedule;
import dev.bellwether.service.scoring.renewals.RenewalState;
import dev.bellwether.service.scoring.renewals.RenewalStatuses;
import dev.bellwether.service.scoring.signals.SignalSource;
import dev.bellwether.store.RecordRepository;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reports of an org's book, for the CLI and the admin API alike: period metrics and the churn
 * analysis. Each call reads the org's synced CRM records afresh and derives its renewals as of the
 * day asked.
 *
 * <p>Time to first value and onboarding follow the scoring defaults' milestones
 * ({@code first_report_shared} for the core line, {@code onboarding_completed}); feature adoption
 * counts the key features and the onboarding target of the org's scorecards.
 */
public final class Reports {

  private final RecordRepository records;
  private final ScorecardSource scorecards;
  private final SignalSource signals;
  private final Clock clock;

  public Reports(RecordRepository records, ScorecardSource scorecards, SignalSource signals, Clock clock) {
    this.records = records;
    this.scorecards = scorecards;
    this.signals = signals;
    this.clock = clock;
  }

  /** Today in the report's zone: the default day renewals are judged on. */
  public LocalDate today(ReportSettings settings) {
    return LocalDate.ofInstant(clock.instant(), settings.zone());
  }

  /**
   * The metrics of {@code period}, for the whole book and, with {@code by}, per segment or owner.
   *
   * @throws ReportUsageException when the org's stored scorecards no longer validate
   * @throws IllegalArgumentException naming the record when one carries an amount the metrics refuse
   */
  public MetricsReport metrics(String orgId, ReportingPeriod period, Optional<GroupBy> by, LocalDate asOf,
      ReportSettings settings) throws SQLException, ReportUsageException {
    MetricsSettings metrics = metricsSettings(orgId, settings);
    CrmBook crm = load(orgId);
    Book book = new BookAssembler(signals, metrics).assemble(orgId, crm, renewals(crm, asOf, settings), period);
    PeriodMetricsCalculator calculator = new PeriodMetricsCalculator(metrics);
    if (by.isEmpty()) {
      return new MetricsReport(orgId, period, asOf, settings, by, calculator.compute(book, period, asOf),
          new TreeMap<>());
    }
    Breakdown<PeriodMetrics> breakdown = calculator.breakdown(book, period, asOf, by.get());
    return new MetricsReport(orgId, period, asOf, settings, by, breakdown.book(), breakdown.groups());
  }

  /** Churn by reason and segment for churn dates {@code from..to}, and the churned accounts missing a reason. */
  public ChurnReport churn(String orgId, LocalDate from, LocalDate to, LocalDate asOf, ReportSettings settings)
      throws SQLException {
    CrmBook crm = load(orgId);
    List<ChurnedAccount> churned = ChurnedAccounts.find(crm, renewals(crm, asOf, settings), from, to, asOf,
        settings.currency());
    ChurnRecords records = ChurnRecords.of(crm, churned, settings.currency());
    ChurnAnalysis analysis = ChurnAnalysis.of(records.taxonomy(), records.records(), from, to,
        new CurrencyConverter(ExchangeRateTable.singleCurrency(settings.currency())));
    MissingChurnReasons missing = MissingChurnReasons.of(churned, records.records(), from, to);
    Map<String, String> names = new HashMap<>();
    for (AccountRow account : crm.accounts().values()) {
      if (account.name() != null) {
        names.put(account.id(), account.name());
      }
    }
    return new ChurnReport(orgId, from, to, asOf, settings, analysis, missing, names, records.notes());
  }

  private CrmBook load(String orgId) throws SQLException {
    return new CrmBookLoader(records, Segmenter.defaults(), CrmBookLoader.DEFAULT_CHAMPION_TITLES).load(orgId);
  }

  private static List<RenewalState> renewals(CrmBook crm, LocalDate asOf, ReportSettings settings) {
    return new RenewalStatuses(RenewalStatusRules.defaults(), settings.currency())
        .derive(crm, RenewalSchedule.of(crm), asOf);
  }

  private MetricsSettings metricsSettings(String orgId, ReportSettings settings)
      throws SQLException, ReportUsageException {
    ScorecardSet cards;
    try {
      cards = scorecards.forOrg(orgId);
    } catch (ScorecardsException e) {
      throw new ReportUsageException("invalid_scorecards", "the scorecards of org " + orgId
          + " no longer validate, so the key features and onboarding target are unknown: " + e.getMessage(), e);
    }
    ScoringSettings scoring = ScoringSettings.defaults(settings.zone());
    return MetricsSettings.defaults(settings.zone(), ExchangeRateTable.singleCurrency(settings.currency()))
        .withValueEvents(Map.of(ProductLines.CORE, scoring.valueEvent()))
        .withOnboarding(Set.of(scoring.onboardingCompletedEvent()), cards.onboardingTargetDays())
        .withKeyFeatures(Set.copyOf(cards.keyFeatures()));
  }
}
