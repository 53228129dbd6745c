package dev.bellwether.devorg.seed;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was generated (counts per object, signal file paths).
 *
 * @param recordsByObject records inserted per sObject type, in insert order
 * @param signalFiles the signal files written: usage.ndjson, surveys.csv, invoices.csv
 */
public record SeedSummary(Map<String, Integer> recordsByObject, List<Path> signalFiles) {

  /** Copies both collections so the summary cannot change after it is returned. */
  public SeedSummary {
    // LinkedHashMap rather than Map.copyOf: the insert order is part of what the summary says.
    recordsByObject = Collections.unmodifiableMap(new LinkedHashMap<>(recordsByObject));
    signalFiles = List.copyOf(signalFiles);
  }

  /** Records inserted for {@code sobjectType}, 0 if none. */
  public int count(String sobjectType) {
    return recordsByObject.getOrDefault(sobjectType, 0);
  }
}
