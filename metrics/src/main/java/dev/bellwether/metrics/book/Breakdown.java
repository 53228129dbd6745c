package dev.bellwether.metrics.book;

import dev.bellwether.metrics.account.GroupBy;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A metric for the whole book and for each group of it (each segment or each owner). Groups hold
 * only accounts that appear in the inputs, so a group never shows for an owner with no data.
 */
public record Breakdown<R>(GroupBy by, R book, SortedMap<String, R> groups) {

  public Breakdown {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(book, "book");
    groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
  }
}
