package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.StoredRecord;
import java.util.List;

/**
 * How to run an aggregate query: group rows by the keys, fold each aggregate, then filter
 * (HAVING), sort and name the group slots.
 *
 * @param countOnly SELECT COUNT() alone: only the count is returned, no rows
 */
record AggregatePlan(List<ValueSource<StoredRecord>> keys, List<Aggregate> aggregates,
    List<Output> outputs, FilterPlan<GroupRow> having, List<OrderSpec<GroupRow>> order,
    boolean countOnly) {

  /**
   * One aggregate to compute per group.
   *
   * @param argument the field folded, or null for COUNT(), which counts rows
   * @param signature identifies equal aggregates so HAVING COUNT(Id) reuses SELECT's COUNT(Id)
   */
  record Aggregate(AggregateFunction function, ValueSource<StoredRecord> argument, String signature,
      ValueKind kind) {
    AggregateFunction.Accumulator newAccumulator() {
      return function.newAccumulator(argument == null ? ValueKind.INTEGER : argument.kind());
    }
  }

  /** A named output field of each AggregateResult row and the slot it shows. */
  record Output(String name, int slot) {}
}
