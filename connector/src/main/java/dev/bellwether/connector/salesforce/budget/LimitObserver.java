package dev.bellwether.connector.salesforce.budget;

/** Receives the org's API usage as Salesforce reports it (Sforce-Limit-Info, LimitInfoHeader). */
@FunctionalInterface
public interface LimitObserver {
  void observe(long used, long limit);
}
