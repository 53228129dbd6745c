package dev.bellwether.store.signals;

import java.util.Set;

/**
 * One account's usage in a window with the names of the features it used there.
 *
 * @param usage the figures
 * @param features distinct feature names of single events and rollups ({@code usage.featuresUsed()} of them)
 */
public record FeatureUsage(UsageAggregate usage, Set<String> features) {

  public FeatureUsage {
    features = Set.copyOf(features);
  }
}
