package dev.bellwether.service.scoring.book;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract in force from {@code start} through {@code end} (inclusive, as Salesforce's EndDate)
 * with the total value its won opportunity gives it (null when no opportunity prices it).
 */
public record ContractRow(String id, String accountId, String ownerId, String status, LocalDate start,
    LocalDate end, BigDecimal value) {

  /** Only activated contracts count for ARR; drafts and contracts in approval are proposals. */
  public boolean activated() {
    return "Activated".equalsIgnoreCase(status);
  }

  public ContractRow withValue(BigDecimal newValue) {
    return new ContractRow(id, accountId, ownerId, status, start, end, newValue);
  }
}
