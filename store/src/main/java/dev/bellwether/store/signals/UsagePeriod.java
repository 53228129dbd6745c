package dev.bellwether.store.signals;

/**
 * One account's usage in one period of a series (see
 * {@link JdbcUsageSignals#usageSeries(String, java.util.List, java.util.function.Consumer)}).
 *
 * @param period the index of the period in the list asked for
 * @param window the period's days
 * @param usage the account's usage in it
 */
public record UsagePeriod(int period, DateWindow window, UsageAggregate usage) {
}
