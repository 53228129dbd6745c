package dev.bellwether.devorg.soql;

import java.util.List;

/**
 * The rows of a query; for COUNT() alone rows is empty and totalSize is the count.
 *
 * @param objectName the queried object's canonical name ("Account" for FROM account)
 * @param aggregate true when rows are AggregateResults (or the query was COUNT())
 */
public record SoqlResult(String objectName, List<ResultColumn> columns, List<ResultRow> rows,
    int totalSize, boolean aggregate) {

  public SoqlResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
