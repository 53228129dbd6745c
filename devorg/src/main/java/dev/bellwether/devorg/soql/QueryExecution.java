package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.Ids;
import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs plans against the store for one execution: find candidates (by id when the filter pins
 * the Id, else by scanning in creation order), filter, group or sort, page, project.
 */
final class QueryExecution {
  private final OrgStore store;
  private final boolean includeDeleted;
  private final ExecContext ctx;

  QueryExecution(OrgStore store, LocalDate today, ZoneId zone, boolean includeDeleted) {
    this.store = store;
    this.includeDeleted = includeDeleted;
    this.ctx = new ExecContext(new ParentLookup(store), today, zone, this::subselectIds);
  }

  SoqlResult run(QueryPlan plan) {
    if (plan.isAggregate()) {
      return aggregate(plan);
    }
    List<StoredRecord> rows = orderedPage(plan);
    List<Map<String, SoqlResult>> children = new ArrayList<>();
    for (ChildSelect child : plan.children()) {
      children.add(childResults(child, rows));
    }
    List<ResultRow> out = new ArrayList<>(rows.size());
    for (StoredRecord r : rows) {
      out.add(plan.projector().project(r, ctx.parents(), children));
    }
    return new SoqlResult(plan.object().name(), plan.columns(), out, out.size(), false);
  }

  /**
   * One child sub-select for all parent rows at once: a single scan of the child object groups
   * its rows by parent, then each parent's rows are sorted, paged and projected.
   */
  private Map<String, SoqlResult> childResults(ChildSelect child, List<StoredRecord> parentRows) {
    Set<String> parentIds = new HashSet<>();
    parentRows.forEach(r -> parentIds.add(r.id()));
    QueryPlan plan = child.plan();
    Predicate<StoredRecord> where = plan.where() == null ? null : plan.where().compile(ctx);
    int index = child.link().index();
    Map<String, List<StoredRecord>> byParent = new HashMap<>();
    store.scan(plan.object(), r -> {
      Object parentId = r.get(index);
      if (parentId != null && parentIds.contains(parentId) && (includeDeleted || !r.deleted())
          && (where == null || where.test(r))) {
        byParent.computeIfAbsent((String) parentId, k -> new ArrayList<>()).add(r);
      }
      return false;
    });
    Map<String, SoqlResult> results = new HashMap<>();
    byParent.forEach((parentId, rows) -> {
      List<StoredRecord> page = page(plan.order().isEmpty() ? rows : RowSorter.sort(rows, plan.order(), ctx.parents()), plan);
      if (!page.isEmpty()) {
        List<ResultRow> projected = new ArrayList<>(page.size());
        page.forEach(r -> projected.add(plan.projector().project(r, ctx.parents())));
        results.put(parentId, new SoqlResult(plan.object().name(), plan.columns(), projected, projected.size(), false));
      }
    });
    return results;
  }

  private SoqlResult aggregate(QueryPlan plan) {
    AggregatePlan agg = plan.aggregate();
    String name = plan.object().name();
    if (agg.countOnly() && agg.keys().isEmpty() && agg.having() == null) {
      int matched = count(plan, window(plan));
      return new SoqlResult(name, plan.columns(), List.of(), page(matched, plan), true);
    }
    List<GroupRow> groups = Aggregator.groups(agg, matching(plan, Integer.MAX_VALUE), ctx.parents());
    if (agg.having() != null) {
      Predicate<GroupRow> having = agg.having().compile(ctx);
      groups.removeIf(having.negate());
    }
    if (!agg.order().isEmpty()) {
      groups = RowSorter.sort(groups, agg.order(), ctx.parents());
    }
    if (agg.countOnly()) {
      return new SoqlResult(name, plan.columns(), List.of(), page(groups.size(), plan), true);
    }
    List<ResultRow> rows = new ArrayList<>();
    for (GroupRow g : page(groups, plan)) {
      LinkedHashMap<String, Object> fields = new LinkedHashMap<>(agg.outputs().size() * 2);
      for (AggregatePlan.Output o : agg.outputs()) {
        fields.put(o.name(), g.slots()[o.slot()]);
      }
      rows.add(new ResultRow("AggregateResult", null, fields));
    }
    return new SoqlResult(name, plan.columns(), rows, rows.size(), true);
  }

  /** The values of a semi-join sub-select's one field. */
  private Set<String> subselectIds(QueryPlan sub) {
    FieldPath field = sub.fields().get(0);
    Set<String> ids = new HashSet<>();
    for (StoredRecord r : orderedPage(sub)) {
      Object v = field.read(r, ctx.parents());
      if (v != null) {
        ids.add((String) v);
      }
    }
    return ids;
  }

  private List<StoredRecord> orderedPage(QueryPlan plan) {
    if (plan.order().isEmpty()) {
      return page(matching(plan, window(plan)), plan);
    }
    return page(RowSorter.sort(matching(plan, Integer.MAX_VALUE), plan.order(), ctx.parents()), plan);
  }

  /** Records passing the filter in creation order, stopping after max (LIMIT without ORDER BY). */
  private List<StoredRecord> matching(QueryPlan plan, int max) {
    Predicate<StoredRecord> where = plan.where() == null ? null : plan.where().compile(ctx);
    Set<String> pinned = plan.where() == null ? null : plan.where().pinnedIds();
    if (pinned != null) {
      return byId(plan.object(), pinned, where, max);
    }
    int[] taken = {0};
    return store.scan(plan.object(), r -> {
      if (taken[0] >= max || (!includeDeleted && r.deleted()) || (where != null && !where.test(r))) {
        return false;
      }
      taken[0]++;
      return true;
    });
  }

  /** Like matching(...).size(), without collecting the rows (COUNT() over a million records). */
  private int count(QueryPlan plan, int max) {
    Predicate<StoredRecord> where = plan.where() == null ? null : plan.where().compile(ctx);
    Set<String> pinned = plan.where() == null ? null : plan.where().pinnedIds();
    if (pinned != null) {
      return byId(plan.object(), pinned, where, max).size();
    }
    int[] counted = {0};
    store.scan(plan.object(), r -> {
      if (counted[0] < max && (includeDeleted || !r.deleted()) && (where == null || where.test(r))) {
        counted[0]++;
      }
      return false;
    });
    return counted[0];
  }

  private List<StoredRecord> byId(ObjectDef object, Set<String> ids, Predicate<StoredRecord> where, int max) {
    List<StoredRecord> out = new ArrayList<>();
    for (String id : ids) {
      StoredRecord r = store.find(id).orElse(null);
      boolean ofType = r != null && r.type().name().equals(object.name());
      if (ofType && (includeDeleted || !r.deleted()) && (where == null || where.test(r))) {
        out.add(r);
      }
    }
    // Ids are allocated in sequence, so sorting by sequence gives creation order, as a scan would.
    out.sort(Comparator.comparingLong(r -> Ids.sequenceOf(r.id())));
    return out.size() > max ? out.subList(0, max) : out;
  }

  private static int window(QueryPlan plan) {
    return plan.limit() == null ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, (long) plan.offset() + plan.limit());
  }

  private static <T> List<T> page(List<T> rows, QueryPlan plan) {
    int from = Math.min(plan.offset(), rows.size());
    int to = plan.limit() == null ? rows.size() : (int) Math.min(rows.size(), (long) from + plan.limit());
    return rows.subList(from, to);
  }

  private static int page(int count, QueryPlan plan) {
    int afterOffset = Math.max(0, count - plan.offset());
    return plan.limit() == null ? afterOffset : Math.min(afterOffset, plan.limit());
  }
}
