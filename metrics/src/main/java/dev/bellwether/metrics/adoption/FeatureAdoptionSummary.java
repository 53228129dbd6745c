package dev.bellwether.metrics.adoption;

import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feature adoption in a window: key features used per active account, and active accounts using
 * each key feature.
 */
public record FeatureAdoptionSummary(
    int keyFeatures, Map<String, Integer> keyFeaturesUsedByAccount, Map<String, Integer> accountsUsingFeature) {

  public FeatureAdoptionSummary {
    keyFeaturesUsedByAccount = Map.copyOf(keyFeaturesUsedByAccount);
    accountsUsingFeature = Map.copyOf(accountsUsingFeature);
  }

  public int activeAccounts() {
    return keyFeaturesUsedByAccount.size();
  }

  /** Key features {@code accountId} used ÷ key features; not defined for an inactive account. */
  public MetricValue<Ratio> ofAccount(String accountId) {
    Integer used = keyFeaturesUsedByAccount.get(accountId);
    if (used == null) {
      return MetricValue.notDefined("account " + accountId + " was not active in the window");
    }
    return Ratio.of(used, keyFeatures, "no key feature");
  }

  /** Active accounts using {@code feature} ÷ active accounts. */
  public MetricValue<Ratio> ofFeature(String feature) {
    Integer using = accountsUsingFeature.get(feature);
    if (using == null) {
      return MetricValue.notDefined("'" + feature + "' is not a key feature");
    }
    return Ratio.of(using, activeAccounts(), "no active account in the window");
  }

  /** Every key feature's adoption, by name. */
  public Map<String, MetricValue<Ratio>> byFeature() {
    Map<String, MetricValue<Ratio>> result = new TreeMap<>();
    accountsUsingFeature.keySet().forEach(f -> result.put(f, ofFeature(f)));
    return result;
  }

  /**
   * The mean of the accounts' adoption: key features used summed over active accounts ÷ (active
   * accounts × key features).
   */
  public MetricValue<Ratio> average() {
    long used = keyFeaturesUsedByAccount.values().stream().mapToLong(Integer::longValue).sum();
    return Ratio.of(used, (long) activeAccounts() * keyFeatures, "no active account in the window");
  }
}
