package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.StoredRecord;
import java.util.Set;
import java.util.function.Predicate;

/** field [NOT] IN (SELECT idField FROM ...): the sub-select runs once per execution. */
record SemiJoinFilter(ValueSource<StoredRecord> source, boolean negated, QueryPlan subselect)
    implements FilterPlan<StoredRecord> {

  @Override
  public Predicate<StoredRecord> compile(ExecContext ctx) {
    Set<String> ids = ctx.subselect().apply(subselect);
    ParentLookup parents = ctx.parents();
    return row -> {
      Object v = source.read(row, parents);
      boolean in = v != null && ids.contains(v);
      return in != negated;
    };
  }
}
