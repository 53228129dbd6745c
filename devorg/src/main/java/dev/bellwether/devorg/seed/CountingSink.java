package dev.bellwether.devorg.seed;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wraps the caller's sink: counts inserts per object and fails fast on a missing Id. */
final class CountingSink implements SeedSink {
  private final SeedSink target;
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  CountingSink(SeedSink target) {
    this.target = target;
  }

  @Override
  public String insert(String sobjectType, Map<String, Object> fields) {
    String id = target.insert(sobjectType, fields);
    if (id == null || id.length() != 18) {
      // Later records look this Id up; a bad one would surface far from its cause.
      throw new IllegalStateException("SeedSink returned Id '" + id + "' for " + sobjectType
          + " " + fields.getOrDefault("Name", fields.getOrDefault("Subject", ""))
          + "; expected an 18-character Id");
    }
    counts.merge(sobjectType, 1, Integer::sum);
    return id;
  }

  Map<String, Integer> counts() {
    return counts;
  }
}
