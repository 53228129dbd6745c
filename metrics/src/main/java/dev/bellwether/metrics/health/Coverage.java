package dev.bellwether.metrics.health;

/**
 * How many of a scorecard's measures had data: the panel shows "scored 5 of 7 measures" so a
 * reader knows how much of the score is informed.
 *
 * @param scored measures with data
 * @param total measures on the scorecard
 */
public record Coverage(int scored, int total) {

  public Coverage {
    if (scored < 0 || scored > total) {
      throw new IllegalArgumentException("coverage must be 0 to " + total + " measures, was " + scored);
    }
  }

  /** {@code scored k of n measures}. */
  @Override
  public String toString() {
    return "scored " + scored + " of " + total + " measures";
  }
}
