package dev.bellwether.service.scoring.book;

/**
 * Derives an account's segment from NumberOfEmployees: Enterprise from {@code enterpriseFrom}
 * employees, Mid-Market from {@code midMarketFrom}, SMB below; blank when the CRM has no count, so
 * the account is reported unassigned and scored with the default scorecard.
 */
public record Segmenter(int enterpriseFrom, int midMarketFrom) {

  public static final String ENTERPRISE = "Enterprise";
  public static final String MID_MARKET = "Mid-Market";
  public static final String SMB = "SMB";

  public Segmenter {
    if (midMarketFrom <= 0 || enterpriseFrom <= midMarketFrom) {
      throw new IllegalArgumentException("segment thresholds must be 0 < mid-market (" + midMarketFrom
          + ") < enterprise (" + enterpriseFrom + ")");
    }
  }

  /** The common B2B cut: 1,000 employees and more is Enterprise, 100 to 999 Mid-Market. */
  public static Segmenter defaults() {
    return new Segmenter(1_000, 100);
  }

  public String segmentOf(Integer employees) {
    if (employees == null || employees <= 0) {
      return "";
    }
    return employees >= enterpriseFrom ? ENTERPRISE : employees >= midMarketFrom ? MID_MARKET : SMB;
  }
}
