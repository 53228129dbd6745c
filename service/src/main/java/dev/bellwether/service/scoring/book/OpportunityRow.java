package dev.bellwether.service.scoring.book;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity: what a renewal or new business closed at, and the contract it points at. */
public record OpportunityRow(String id, String accountId, String contractId, String name, String type, String stage,
    LocalDate closeDate, BigDecimal amount, boolean closed, boolean won) {

  /** Renewal deals are typed "Renewal" in the CRM's standard Type picklist. */
  public boolean renewal() {
    return type != null && type.toLowerCase().contains("renewal");
  }
}
