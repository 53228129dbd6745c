package dev.bellwether.devorg.soql;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed query checked against the schema, ready to run any number of times with
 * {@link SoqlEngine#execute(SoqlQuery, boolean)}. Date literals are evaluated when it runs.
 */
public final class SoqlQuery {
  private final String soql;
  private final QueryPlan plan;

  SoqlQuery(String soql, QueryPlan plan) {
    this.soql = soql;
    this.plan = plan;
  }

  /** The query text as given. */
  public String soql() {
    return soql;
  }

  /** The queried object's canonical name. */
  public String objectName() {
    return plan.object().name();
  }

  /** The select-list columns, known before any data is read. */
  public List<ResultColumn> columns() {
    return plan.columns();
  }

  /**
   * The output fields in select order as dotted paths ("Id", "Owner.Name", "expr0"), the header
   * a Bulk CSV result uses, followed by any child sub-select names; read a row's value with
   * {@link ResultRow#valueAt(String)}.
   */
  public List<String> fieldPaths() {
    if (plan.isAggregate()) {
      return plan.aggregate().outputs().stream().map(AggregatePlan.Output::name).toList();
    }
    List<String> paths = new ArrayList<>();
    plan.fields().forEach(f -> paths.add(f.dotted()));
    plan.children().forEach(c -> paths.add(c.name()));
    return List.copyOf(paths);
  }

  /** True when the rows will be AggregateResults (GROUP BY, aggregate functions or COUNT()). */
  public boolean aggregate() {
    return plan.isAggregate();
  }

  /** True for SELECT COUNT(): the result has no rows, only totalSize. */
  public boolean countOnly() {
    return plan.isAggregate() && plan.aggregate().countOnly();
  }

  QueryPlan plan() {
    return plan;
  }

  @Override
  public String toString() {
    return soql;
  }
}
