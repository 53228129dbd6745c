package dev.bellwether.metrics.churn;

import dev.bellwether.metrics.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An account that churned (its last contract ended and was not renewed), as the contracts show it,
 * whether or not anyone recorded why. A blank owner is reported as "(unassigned)".
 */
public record ChurnedAccount(String accountId, String owner, LocalDate churnDate, Money arrLost) {

  public ChurnedAccount {
    Objects.requireNonNull(accountId, "accountId");
    owner = owner == null ? "" : owner.strip();
    Objects.requireNonNull(churnDate, () -> "account " + accountId + ": churn date");
    Objects.requireNonNull(arrLost, "arrLost");
  }
}
