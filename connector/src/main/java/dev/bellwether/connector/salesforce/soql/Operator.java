package dev.bellwether.connector.salesforce.soql;

/** A SOQL comparison operator. */
public enum Operator {
  EQ("="),
  NE("!="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in SOQL. */
  public String symbol() {
    return symbol;
  }
}
