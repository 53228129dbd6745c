package dev.bellwether.service.reports;

/** How a metric's number reads: its JSON name and the decimals it is shown with. */
public enum MetricUnit {
  /** An amount in the report's currency. */
  MONEY("money", 2),
  /** A share or rate in percent (80.5 means 80.5 %). */
  PERCENT("percent", 2),
  /** A number of accounts, renewals or answers. */
  COUNT("count", 0),
  /** Calendar days. */
  DAYS("days", 1),
  /** A score on its own scale (NPS: −100 to 100). */
  SCORE("score", 1);

  private final String jsonName;
  private final int decimals;

  MetricUnit(String jsonName, int decimals) {
    this.jsonName = jsonName;
    this.decimals = decimals;
  }

  public String jsonName() {
    return jsonName;
  }

  /** Digits after the decimal point in every output format. */
  public int decimals() {
    return decimals;
  }
}
