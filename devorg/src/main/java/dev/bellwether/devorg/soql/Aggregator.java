package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Groups matching records by the GROUP BY keys and folds the aggregates of each group. */
final class Aggregator {
  private Aggregator() {}

  private record Group(Object[] keys, AggregateFunction.Accumulator[] accumulators) {}

  /**
   * The groups in first-seen order. Text keys group without regard to case, as Salesforce's
   * do, and show the first spelling seen. Without GROUP BY there is always exactly one group.
   */
  static List<GroupRow> groups(AggregatePlan plan, List<StoredRecord> records, ParentLookup parents) {
    int k = plan.keys().size();
    List<AggregatePlan.Aggregate> aggregates = plan.aggregates();
    Map<List<Object>, Group> groups = new LinkedHashMap<>();
    for (StoredRecord r : records) {
      Object[] keys = new Object[k];
      Object[] identity = new Object[k];
      for (int i = 0; i < k; i++) {
        ValueSource<StoredRecord> key = plan.keys().get(i);
        Object v = key.read(r, parents);
        keys[i] = v;
        identity[i] = v instanceof String s && key.kind() == ValueKind.TEXT ? s.toLowerCase(Locale.ROOT) : v;
      }
      Group g = groups.computeIfAbsent(Arrays.asList(identity), x -> new Group(keys, accumulators(aggregates)));
      for (int j = 0; j < aggregates.size(); j++) {
        ValueSource<StoredRecord> arg = aggregates.get(j).argument();
        g.accumulators()[j].add(arg == null ? r : arg.read(r, parents));
      }
    }
    if (k == 0 && groups.isEmpty()) {
      groups.put(List.of(), new Group(new Object[0], accumulators(aggregates)));
    }
    List<GroupRow> out = new ArrayList<>(groups.size());
    for (Group g : groups.values()) {
      Object[] slots = Arrays.copyOf(g.keys(), k + aggregates.size());
      for (int j = 0; j < aggregates.size(); j++) {
        slots[k + j] = g.accumulators()[j].result();
      }
      out.add(new GroupRow(slots));
    }
    return out;
  }

  private static AggregateFunction.Accumulator[] accumulators(List<AggregatePlan.Aggregate> aggregates) {
    AggregateFunction.Accumulator[] out = new AggregateFunction.Accumulator[aggregates.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = aggregates.get(j).newAccumulator();
    }
    return out;
  }
}
