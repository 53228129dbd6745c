package dev.bellwether.metrics.health;

/**
 * Where the bands start: Red below {@code yellowFrom} ≤ Yellow below {@code greenFrom} ≤ Green
 * (domain.md, "Health score"; 50 and 75 by default).
 *
 * @param yellowFrom the lowest Yellow score, above 0
 * @param greenFrom the lowest Green score, above {@code yellowFrom} and at most 100
 */
public record Bands(double yellowFrom, double greenFrom) {
  /** Red &lt; 50 ≤ Yellow &lt; 75 ≤ Green. */
  public static final Bands DEFAULT = new Bands(50, 75);

  public Bands {
    if (!(yellowFrom > 0 && greenFrom > yellowFrom && greenFrom <= 100)) {
      throw new IllegalArgumentException("bands must ascend within 0 < yellow < green <= 100, were yellow "
          + yellowFrom + " and green " + greenFrom);
    }
  }

  /** The band of a score 0–100. */
  public Band of(double score) {
    return score >= greenFrom ? Band.GREEN : score >= yellowFrom ? Band.YELLOW : Band.RED;
  }
}
