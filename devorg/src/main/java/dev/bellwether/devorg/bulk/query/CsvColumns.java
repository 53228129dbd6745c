package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.soql.ResultColumn;
import dev.bellwether.devorg.soql.ResultRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The flat CSV columns of a query: a field selected through relationships becomes one column
 * named by its path ("Owner.Name", "Account.Owner.Email"), read by walking the nested rows.
 */
final class CsvColumns {
  private final List<String> names;
  private final List<String[]> paths;

  private CsvColumns(List<String> names, List<String[]> paths) {
    this.names = List.copyOf(names);
    this.paths = List.copyOf(paths);
  }

  static CsvColumns of(List<ResultColumn> columns) {
    List<String> names = new ArrayList<>();
    List<String[]> paths = new ArrayList<>();
    flatten(columns, new ArrayList<>(), names, paths);
    return new CsvColumns(names, paths);
  }

  private static void flatten(List<ResultColumn> columns, List<String> prefix, List<String> names,
      List<String[]> paths) {
    for (ResultColumn c : columns) {
      List<String> path = new ArrayList<>(prefix);
      path.add(c.columnName());
      if (c.joinColumns().isEmpty()) {
        names.add(String.join(".", path));
        paths.add(path.toArray(new String[0]));
      } else {
        flatten(c.joinColumns(), path, names, paths);
      }
    }
  }

  List<String> names() {
    return names;
  }

  int size() {
    return paths.size();
  }

  /** The value of column i in a row; null when a relationship on the way is empty. */
  Object value(ResultRow row, int i) {
    String[] path = paths.get(i);
    ResultRow at = row;
    for (int hop = 0; hop < path.length - 1; hop++) {
      Object next = at.fields().get(path[hop]);
      if (!(next instanceof ResultRow nested)) {
        return null;
      }
      at = nested;
    }
    return at.fields().get(path[path.length - 1]);
  }
}
