package dev.bellwether.service.reports;

import static dev.bellwether.service.reports.MetricUnit.COUNT;
import static dev.bellwether.service.reports.MetricUnit.DAYS;
import static dev.bellwether.service.reports.MetricUnit.MONEY;
import static dev.bellwether.service.reports.MetricUnit.PERCENT;
import static dev.bellwether.service.reports.MetricUnit.SCORE;

import dev.bellwether.metrics.book.PeriodMetrics;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Every line of the metrics report, in the order it is printed: revenue, movements, retention,
 * renewals, lifetime value, sentiment, adoption. Keys never change once shipped: scripts read them.
 */
public final class MetricCatalogue {

  /** The report's lines. */
  public static final List<MetricRow> ROWS = List.of(
      row("arrStart", "ARR at start", MONEY, m -> money(m.arrAtStart())),
      row("arrEnd", "ARR at end", MONEY, m -> money(m.arrAtEnd())),
      row("mrrEnd", "MRR at end", MONEY, m -> money(m.mrrAtEnd())),
      row("accountsStart", "Accounts at start", COUNT, m -> count(m.retention().startingAccounts())),
      row("accountsEnd", "Active accounts at end", COUNT, m -> count(m.activeAccountsAtEnd())),
      row("arpaAnnual", "ARPA, annual (at end)", MONEY, m -> m.arpaAtEnd().annual().map(Money::amount)),
      row("arpaMonthly", "ARPA, monthly (at end)", MONEY, m -> m.arpaAtEnd().monthly().map(Money::amount)),
      row("newAccounts", "New accounts", COUNT, m -> count(m.retention().newAccounts())),
      row("newArr", "New ARR", MONEY, m -> money(m.retention().newArr())),
      row("expansionArr", "Expansion ARR", MONEY, m -> money(m.retention().expansion())),
      row("contractionArr", "Contraction ARR", MONEY, m -> money(m.retention().contraction())),
      row("churnedAccounts", "Churned accounts", COUNT, m -> count(m.retention().churnedAccounts())),
      row("churnedArr", "Churned ARR", MONEY, m -> money(m.retention().churnedArr())),
      row("logoRetention", "Logo retention", PERCENT, m -> percent(m.retention().logoRetention())),
      row("logoChurn", "Logo churn", PERCENT, m -> percent(m.retention().logoChurn())),
      row("grr", "Gross revenue retention (GRR)", PERCENT, m -> percent(m.retention().grossRevenueRetention())),
      row("nrr", "Net revenue retention (NRR)", PERCENT, m -> percent(m.retention().netRevenueRetention())),
      row("revenueChurn", "Revenue churn", PERCENT, m -> percent(m.retention().revenueChurn())),
      row("expansionRate", "Expansion rate", PERCENT, m -> percent(m.retention().expansionRate())),
      row("contractionRate", "Contraction rate", PERCENT, m -> percent(m.retention().contractionRate())),
      row("upsellRate", "Upsell rate", PERCENT, m -> percent(m.retention().upsellRate())),
      row("crossSellRate", "Cross-sell rate", PERCENT, m -> percent(m.retention().crossSellRate())),
      row("renewalsDue", "Renewals due", COUNT, m -> count(m.renewals().due())),
      row("renewalsRenewed", "Renewals renewed", COUNT, m -> count(m.renewals().renewed())),
      row("renewalsChurned", "Renewals churned", COUNT, m -> count(m.renewals().churned())),
      row("renewalsOpen", "Renewals still open", COUNT, m -> count(m.renewals().open())),
      row("renewalRateByCount", "Renewal rate by count", PERCENT, m -> percent(m.renewals().byCount())),
      row("renewalRateByArr", "Renewal rate by ARR", PERCENT, m -> percent(m.renewals().byArr())),
      row("renewalSizeChange", "Renewal size change", PERCENT, m -> percent(m.renewalSizeChange().change())),
      row("continuationRate", "Continuation rate (cohort that joined in the period)", PERCENT,
          m -> percent(m.continuation().rate())),
      row("contractsStarted", "Contracts started", COUNT, m -> count(m.contractsStarted().contracts())),
      row("averageAcvStarted", "Average ACV of contracts started", MONEY,
          m -> m.contractsStarted().averageAcv().map(Money::amount)),
      row("ltv", "Lifetime value (LTV)", MONEY, m -> m.lifetimeValue().map(Money::amount)),
      row("nps", "NPS", SCORE, m -> m.nps().score()),
      row("npsAnswers", "NPS answers", COUNT, m -> count(m.nps().answers())),
      row("csat", "CSAT", PERCENT, m -> percent(m.csat().csat())),
      row("csatAnswers", "CSAT answers", COUNT, m -> count(m.csat().answers())),
      row("ttfvMedianDays", "Time to first value, median", DAYS,
          m -> flat(m.timeToFirstValue(), t -> t.medianDays())),
      row("onboardingCompletion", "Onboarding completion", PERCENT,
          m -> flat(m.onboarding(), o -> percent(o.rate()))),
      row("featureAdoption", "Feature adoption (average)", PERCENT,
          m -> flat(m.featureAdoption(), f -> percent(f.average()))));

  private MetricCatalogue() {}

  private static MetricRow row(String key, String label, MetricUnit unit,
      Function<PeriodMetrics, MetricValue<BigDecimal>> read) {
    return new MetricRow(key, label, unit, read);
  }

  private static MetricValue<BigDecimal> money(Money money) {
    return MetricValue.of(money.amount());
  }

  private static MetricValue<BigDecimal> count(int count) {
    return MetricValue.of(BigDecimal.valueOf(count));
  }

  private static MetricValue<BigDecimal> percent(MetricValue<Ratio> ratio) {
    return ratio.map(Ratio::percent);
  }

  private static <T> MetricValue<BigDecimal> flat(MetricValue<T> outer, Function<T, MetricValue<BigDecimal>> inner) {
    return outer.isDefined() ? inner.apply(outer.value()) : MetricValue.notDefined(outer.reason().orElseThrow());
  }
}
