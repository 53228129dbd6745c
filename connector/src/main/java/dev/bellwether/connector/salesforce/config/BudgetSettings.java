package dev.bellwether.connector.salesforce.config;

/**
 * How much of the org's API capacity Bellwether may use.
 *
 * @param share the share of the daily request limit Bellwether may spend (0 < share <= 1)
 * @param maxConcurrent the most calls in flight at once
 */
public record BudgetSettings(double share, int maxConcurrent) {

  public static final BudgetSettings DEFAULT = new BudgetSettings(0.25, 4);
}
