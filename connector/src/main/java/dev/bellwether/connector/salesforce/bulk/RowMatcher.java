package dev.bellwether.connector.salesforce.bulk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the input record a result row belongs to. Salesforce does not keep row order in
 * successfulResults, failedResults or unprocessedrecords, but echoes the uploaded cells; rows are
 * matched on their key cells (Id, external id, or the whole row), and rows with equal keys are
 * handed out in input order.
 */
final class RowMatcher {
  private final String[] uploadedHeader;
  private final String[] keyNames;
  private final boolean wholeRow;
  private final Map<List<String>, ArrayDeque<Integer>> waiting = new HashMap<>();

  /**
   * @param uploadedHeader the header as uploaded (qualified names)
   * @param keyNames the key columns (qualified); empty for the whole row
   */
  RowMatcher(String[] uploadedHeader, String[] keyNames) {
    this.uploadedHeader = uploadedHeader.clone();
    this.wholeRow = keyNames.length == 0;
    this.keyNames = wholeRow ? this.uploadedHeader : keyNames.clone();
  }

  /** Remembers an uploaded row (its cells in uploaded-header order) as input record {@code index}. */
  void add(String[] cells, int index) {
    List<String> key = new ArrayList<>(keyNames.length);
    for (String name : keyNames) {
      key.add(cells[indexOf(uploadedHeader, name)]);
    }
    waiting.computeIfAbsent(key, k -> new ArrayDeque<>()).add(index);
  }

  /** Reads result rows under a result header (which adds sf__ columns and may reorder). */
  Lookup under(String[] resultHeader) {
    int[] at = new int[keyNames.length];
    for (int i = 0; i < keyNames.length; i++) {
      at[i] = indexOf(resultHeader, keyNames[i]);
    }
    return new Lookup(at);
  }

  /** Input indexes no result row has claimed, in order. */
  List<Integer> unmatched() {
    TreeSet<Integer> left = new TreeSet<>();
    waiting.values().forEach(left::addAll);
    return new ArrayList<>(left);
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Key positions within one result file. */
  final class Lookup {
    private final int[] at;

    private Lookup(int[] at) {
      this.at = at;
    }

    /** True when every key column is in the result header. */
    boolean usable() {
      return Arrays.stream(at).allMatch(i -> i >= 0);
    }

    /** The input index of a result row, or -1 when no uploaded row is left with its key. */
    int take(String[] resultCells) {
      List<String> key = new ArrayList<>(at.length);
      for (int i : at) {
        key.add(i >= 0 && i < resultCells.length ? resultCells[i] : "");
      }
      ArrayDeque<Integer> queue = waiting.get(key);
      if (queue == null || queue.isEmpty()) {
        return -1;
      }
      Integer index = queue.poll();
      if (queue.isEmpty()) {
        waiting.remove(key);
      }
      return index;
    }
  }

  /** For messages: the key columns in words. */
  String describeKey() {
    return wholeRow ? "the whole row" : String.join(", ", keyNames);
  }
}
