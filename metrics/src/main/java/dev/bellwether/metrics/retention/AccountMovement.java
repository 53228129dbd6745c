package dev.bellwether.metrics.retention;

import dev.bellwether.metrics.money.Money;
import java.util.Objects;

/**
 * One account's ARR at a period's start and end, in the corporate currency, with the end ARR of
 * product lines it did not have at the start ({@code addedLineArr}) so expansion can be split into
 * cross-sell and upsell.
 */
public record AccountMovement(String accountId, Money startArr, Money endArr, Money addedLineArr) {

  public AccountMovement {
    Objects.requireNonNull(accountId, "accountId");
    if (startArr.isNegative() || endArr.isNegative() || addedLineArr.isNegative()) {
      throw new IllegalArgumentException("negative ARR in the movement of account " + accountId);
    }
    if (addedLineArr.compareTo(endArr) > 0) {
      throw new IllegalArgumentException(
          "account " + accountId + ": ARR of added product lines " + addedLineArr
              + " exceeds its end ARR " + endArr);
    }
  }

  /** An account with no product-line change. */
  public static AccountMovement of(String accountId, Money startArr, Money endArr) {
    return new AccountMovement(accountId, startArr, endArr, Money.zero(endArr.currency()));
  }

  public MovementKind kind() {
    if (startArr.isZero()) {
      return endArr.isZero() ? MovementKind.ABSENT : MovementKind.NEW;
    }
    if (endArr.isZero()) {
      return MovementKind.CHURNED;
    }
    int cmp = endArr.compareTo(startArr);
    return cmp < 0 ? MovementKind.CONTRACTED : cmp > 0 ? MovementKind.EXPANDED : MovementKind.UNCHANGED;
  }

  /** Whether the account had ARR at the period's start (it belongs to the retention base S). */
  public boolean inStartingBase() {
    return startArr.isPositive();
  }

  /** Its start ARR if it churned, else zero. */
  public Money churnedArr() {
    return kind() == MovementKind.CHURNED ? startArr : zero();
  }

  /** Start ARR minus end ARR if it contracted, else zero. */
  public Money contraction() {
    return kind() == MovementKind.CONTRACTED ? startArr.minus(endArr) : zero();
  }

  /** End ARR minus start ARR if it expanded, else zero. */
  public Money expansion() {
    return kind() == MovementKind.EXPANDED ? endArr.minus(startArr) : zero();
  }

  /**
   * The part of the expansion that came from product lines the account did not have at the start
   * (domain.md: cross-sell adds a product line), capped at the expansion.
   */
  public Money crossSell() {
    return expansion().min(addedLineArr);
  }

  /** The rest of the expansion: more of what the account already had. */
  public Money upsell() {
    return expansion().minus(crossSell());
  }

  private Money zero() {
    return Money.zero(startArr.currency());
  }
}
