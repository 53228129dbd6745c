package dev.bellwether.metrics.account;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The account attributes metrics group and cohort by: segment, owner (the CSM) and the day it
 * became a customer (empty while it is a prospect). A blank segment or owner is kept blank and
 * reported under {@link GroupBy#UNASSIGNED}.
 */
public record AccountProfile(
    String accountId, String segment, String owner, Optional<LocalDate> becameCustomerOn) {

  public AccountProfile {
    Objects.requireNonNull(accountId, "accountId");
    segment = segment == null ? "" : segment.strip();
    owner = owner == null ? "" : owner.strip();
    Objects.requireNonNull(becameCustomerOn, "becameCustomerOn (use Optional.empty())");
  }

  /** A customer since {@code becameCustomerOn}. */
  public static AccountProfile customer(
      String accountId, String segment, String owner, LocalDate becameCustomerOn) {
    return new AccountProfile(accountId, segment, owner, Optional.of(becameCustomerOn));
  }
}
