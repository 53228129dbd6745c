package dev.bellwether.devorg.soql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts rows by ORDER BY keys. Keys are read once per row rather than once per comparison, and
 * the sort is stable, so ties keep creation order.
 */
final class RowSorter {
  private RowSorter() {}

  private record Keyed<T>(T row, Object[] keys) {}

  static <T> List<T> sort(List<T> rows, List<OrderSpec<T>> order, ParentLookup parents) {
    List<Keyed<T>> keyed = new ArrayList<>(rows.size());
    for (T row : rows) {
      Object[] keys = new Object[order.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = order.get(i).source().read(row, parents);
      }
      keyed.add(new Keyed<>(row, keys));
    }
    keyed.sort(comparator(order));
    List<T> out = new ArrayList<>(rows.size());
    for (Keyed<T> k : keyed) {
      out.add(k.row());
    }
    return out;
  }

  private static <T> Comparator<Keyed<T>> comparator(List<OrderSpec<T>> order) {
    return (a, b) -> {
      for (int i = 0; i < order.size(); i++) {
        OrderSpec<T> spec = order.get(i);
        Object x = a.keys()[i];
        Object y = b.keys()[i];
        int cmp;
        if (x == null || y == null) {
          cmp = ValueOrder.compareWithNulls(x, y, spec.source().kind(), spec.nullsFirst());
        } else {
          cmp = ValueOrder.compare(x, y, spec.source().kind());
          if (spec.descending()) {
            cmp = -cmp;
          }
        }
        if (cmp != 0) {
          return cmp;
        }
      }
      return 0;
    };
  }
}
