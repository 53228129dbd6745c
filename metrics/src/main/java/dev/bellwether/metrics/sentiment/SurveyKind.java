package dev.bellwether.metrics.sentiment;

/** The survey question an answer belongs to, with its scale. */
public enum SurveyKind {
  /** "Would you recommend us?", 0–10. */
  NPS(0, 10),
  /** "How satisfied are you?", 1–5. */
  CSAT(1, 5);

  private final int lowest;
  private final int highest;

  SurveyKind(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  public int lowest() {
    return lowest;
  }

  public int highest() {
    return highest;
  }
}
