package dev.bellwether.metrics.adoption;

import dev.bellwether.metrics.period.ReportingPeriod;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Feature adoption (domain.md, "Value and adoption"): per account, key features used at least once
 * in the window ÷ key features; per feature, active accounts using it ÷ active accounts.
 */
public final class FeatureAdoption {

  private final ZoneId zone;
  private final Set<String> keyFeatures;

  public FeatureAdoption(ZoneId zone, Set<String> keyFeatures) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.keyFeatures = Set.copyOf(keyFeatures);
    if (this.keyFeatures.isEmpty()) {
      throw new IllegalArgumentException("feature adoption needs at least one key feature");
    }
  }

  /** Adoption over {@code window} by {@code activeAccounts}; uses by other accounts are ignored. */
  public FeatureAdoptionSummary of(
      Set<String> activeAccounts, Collection<FeatureUse> uses, ReportingPeriod window) {
    Map<String, Set<String>> usedByAccount = new HashMap<>();
    for (FeatureUse use : uses) {
      if (activeAccounts.contains(use.accountId())
          && keyFeatures.contains(use.feature())
          && window.contains(use.usedAt(), zone)) {
        usedByAccount.computeIfAbsent(use.accountId(), a -> new HashSet<>()).add(use.feature());
      }
    }
    Map<String, Integer> usedCount = new HashMap<>();
    Map<String, Integer> accountsUsing = new HashMap<>();
    for (String feature : keyFeatures) {
      accountsUsing.put(feature, 0);
    }
    for (String account : activeAccounts) {
      Set<String> used = usedByAccount.getOrDefault(account, Set.of());
      usedCount.put(account, used.size());
      used.forEach(f -> accountsUsing.merge(f, 1, Integer::sum));
    }
    return new FeatureAdoptionSummary(keyFeatures.size(), usedCount, accountsUsing);
  }
}
