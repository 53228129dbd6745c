package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.List;

/**
 * A checked query, ready to run: everything names resolved to field positions.
 *
 * @param where null when every row matches
 * @param fields the selected fields of a record query (empty for aggregates)
 * @param children child-relationship sub-selects of a record query
 * @param aggregate the grouping part, or null for a record query
 * @param limit null when unlimited
 */
record QueryPlan(ObjectDef object, FilterPlan<StoredRecord> where, List<FieldPath> fields,
    List<ChildSelect> children, RowProjector projector, List<OrderSpec<StoredRecord>> order, AggregatePlan aggregate,
    Integer limit, int offset, List<ResultColumn> columns) {

  boolean isAggregate() {
    return aggregate != null;
  }
}
