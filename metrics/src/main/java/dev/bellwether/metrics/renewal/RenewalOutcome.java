package dev.bellwether.metrics.renewal;

/**
 * Where a renewal stands (domain.md, "Renewals": Upcoming and In progress are open; Renewed,
 * Downsold, Upsold and Churned are closed).
 */
public enum RenewalOutcome {
  OPEN(false, false),
  RENEWED(true, true),
  UPSOLD(true, true),
  /** Renewed for less: still renewed by count, and its (smaller) ARR counts as renewed ARR. */
  DOWNSOLD(true, true),
  CHURNED(true, false);

  private final boolean closed;
  private final boolean renewed;

  RenewalOutcome(boolean closed, boolean renewed) {
    this.closed = closed;
    this.renewed = renewed;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Whether the customer continued (like-for-like, upsell or downsell). */
  public boolean isRenewed() {
    return renewed;
  }

  /**
   * The outcome of a CS_Renewal__c status: Upcoming, In progress, Renewed, Downsold, Upsold or
   * Churned (any case, spaces or underscores).
   */
  public static RenewalOutcome fromStatus(String status) {
    String s = status.strip().toLowerCase().replace('_', ' ');
    return switch (s) {
      case "upcoming", "in progress" -> OPEN;
      case "renewed" -> RENEWED;
      case "upsold" -> UPSOLD;
      case "downsold" -> DOWNSOLD;
      case "churned" -> CHURNED;
      default -> throw new IllegalArgumentException(
          "renewal status '" + status
              + "' is none of Upcoming, In progress, Renewed, Downsold, Upsold, Churned");
    };
  }
}
