package dev.bellwether.metrics.retention;

import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.util.Collection;

/**
 * Logo and revenue retention over a period (domain.md, "Retention"), from the accounts' movements.
 * S is the set of accounts with ARR at the start; new accounts are counted but enter no ratio.
 *
 * @param startingAccounts |S|
 * @param retainedAccounts accounts of S still active at the end
 * @param newAccounts accounts with no ARR at the start and some at the end
 * @param startingArr ARR_S, the start ARR of S
 * @param endingArrOfStarting the end ARR of the accounts of S
 * @param newArr the end ARR of the new accounts (reported, never retained)
 */
public record RetentionMetrics(
    int startingAccounts,
    int retainedAccounts,
    int churnedAccounts,
    int contractedAccounts,
    int expandedAccounts,
    int crossSellAccounts,
    int newAccounts,
    Money startingArr,
    Money endingArrOfStarting,
    Money churnedArr,
    Money contraction,
    Money expansion,
    Money upsell,
    Money crossSell,
    Money newArr) {

  private static final String NO_BASE = "no account had ARR at the start of the period";

  /** Sums the movements of a book (or a group of it), all in {@code currency}. */
  public static RetentionMetrics of(Collection<AccountMovement> movements, String currency) {
    Money zero = Money.zero(currency);
    int starting = 0, retained = 0, churned = 0, contracted = 0, expanded = 0, crossSold = 0;
    int added = 0;
    Money startArr = zero, endArrOfStarting = zero, churnedArr = zero, contraction = zero;
    Money expansion = zero, upsell = zero, crossSell = zero, newArr = zero;
    for (AccountMovement m : movements) {
      MovementKind kind = m.kind();
      if (kind == MovementKind.NEW) {
        added++;
        newArr = newArr.plus(m.endArr());
        continue;
      }
      if (!m.inStartingBase()) {
        continue;
      }
      starting++;
      startArr = startArr.plus(m.startArr());
      endArrOfStarting = endArrOfStarting.plus(m.endArr());
      switch (kind) {
        case CHURNED -> churned++;
        case CONTRACTED -> contracted++;
        case EXPANDED -> {
          expanded++;
          if (m.crossSell().isPositive()) {
            crossSold++;
          }
        }
        default -> { }
      }
      if (kind != MovementKind.CHURNED) {
        retained++;
      }
      churnedArr = churnedArr.plus(m.churnedArr());
      contraction = contraction.plus(m.contraction());
      expansion = expansion.plus(m.expansion());
      upsell = upsell.plus(m.upsell());
      crossSell = crossSell.plus(m.crossSell());
    }
    return new RetentionMetrics(
        starting, retained, churned, contracted, expanded, crossSold, added, startArr,
        endArrOfStarting, churnedArr, contraction, expansion, upsell, crossSell, newArr);
  }

  /** The book's ARR at the end: what S kept plus what the new accounts brought. */
  public Money arrAtEnd() {
    return endingArrOfStarting.plus(newArr);
  }

  /** Accounts with ARR at the end: the retained and the new. */
  public int accountsAtEnd() {
    return retainedAccounts + newAccounts;
  }

  /** Logo retention = |S still active at end| ÷ |S|. */
  public MetricValue<Ratio> logoRetention() {
    return Ratio.of(retainedAccounts, startingAccounts, NO_BASE);
  }

  /** Logo churn = 1 − logo retention. */
  public MetricValue<Ratio> logoChurn() {
    return logoRetention().map(Ratio::complement);
  }

  /** GRR = (ARR_S − churned ARR − contraction) ÷ ARR_S; never above 1. */
  public MetricValue<Ratio> grossRevenueRetention() {
    return ofStartingArr(startingArr.minus(churnedArr).minus(contraction));
  }

  /** NRR = (ARR_S − churned − contraction + expansion) ÷ ARR_S, over accounts of S only. */
  public MetricValue<Ratio> netRevenueRetention() {
    return ofStartingArr(startingArr.minus(churnedArr).minus(contraction).plus(expansion));
  }

  /** Revenue churn = 1 − GRR = (churned ARR + contraction) ÷ ARR_S. */
  public MetricValue<Ratio> revenueChurn() {
    return grossRevenueRetention().map(Ratio::complement);
  }

  /** Expansion ÷ ARR_S. */
  public MetricValue<Ratio> expansionRate() {
    return ofStartingArr(expansion);
  }

  /** Contraction ÷ ARR_S. */
  public MetricValue<Ratio> contractionRate() {
    return ofStartingArr(contraction);
  }

  /** Upsell (expansion in product lines the accounts already had) ÷ ARR_S. */
  public MetricValue<Ratio> upsellRate() {
    return ofStartingArr(upsell);
  }

  /** Cross-sell (expansion from product lines the accounts added) ÷ ARR_S. */
  public MetricValue<Ratio> crossSellRate() {
    return ofStartingArr(crossSell);
  }

  private MetricValue<Ratio> ofStartingArr(Money numerator) {
    return Ratio.of(numerator.amount(), startingArr.amount(), NO_BASE);
  }
}
