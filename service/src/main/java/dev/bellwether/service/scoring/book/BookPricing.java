package dev.bellwether.service.scoring.book;

import java.util.List;

/** Prices contracts from opportunities for callers outside the loader (reports and tests). */
public final class BookPricing {

  private BookPricing() {}

  /** The contracts with the value {@link ContractPricing} gives each. */
  public static List<ContractRow> price(List<ContractRow> contracts, List<OpportunityRow> opportunities) {
    return ContractPricing.price(contracts, opportunities);
  }
}
