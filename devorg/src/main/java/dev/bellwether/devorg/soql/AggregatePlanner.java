package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plans an aggregate query: the GROUP BY keys take the first slots of each group, aggregates
 * (from SELECT, HAVING and ORDER BY) the next ones; select items name the slots they show.
 */
final class AggregatePlanner {
  /** The plan and its select-list columns. */
  record Planned(AggregatePlan plan, List<ResultColumn> columns) {}

  private final QueryErrors errors;
  private final RecordOperands operands;
  private final List<ValueSource<StoredRecord>> keys = new ArrayList<>();
  private final List<String> keySignatures = new ArrayList<>();
  private final List<AggregatePlan.Aggregate> aggregates = new ArrayList<>();

  AggregatePlanner(QueryErrors errors, RecordOperands operands) {
    this.errors = errors;
    this.operands = operands;
  }

  /** True when the statement groups or aggregates, so its rows are AggregateResults. */
  static boolean isAggregate(Ast.Select s) {
    if (!s.groupBy().isEmpty() || s.having() != null) {
      return true;
    }
    return s.items().stream().anyMatch(i -> i instanceof Ast.ExprItem e && e.expr() instanceof Ast.Call c
        && AggregateFunction.named(c.name().text()).isPresent());
  }

  Planned plan(Ast.Select s) throws SoqlException {
    for (Ast.Operand g : s.groupBy()) {
      addKey(g);
    }
    List<AggregatePlan.Output> outputs = new ArrayList<>();
    List<ResultColumn> columns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    boolean countOnly = false;
    int unnamed = 0;
    for (Ast.SelectItem item : s.items()) {
      if (item instanceof Ast.SubqueryItem sub) {
        throw errors.malformed(sub.open(), "Child relationship sub-selects are not allowed in aggregate queries");
      }
      Ast.ExprItem e = (Ast.ExprItem) item;
      if (e.expr() instanceof Ast.Call c && c.name().is("COUNT") && c.args().isEmpty()) {
        if (s.items().size() != 1) {
          throw errors.malformed(c.name(), "COUNT() must be the only element in the SELECT list");
        }
        countOnly = true;
        continue;
      }
      String name;
      ResultColumn column;
      int slot;
      if (e.expr() instanceof Ast.Path p) {
        FieldPath path = operands.path(p);
        slot = keySlot(signature(path), p);
        name = e.alias() != null ? e.alias().text() : path.field().name();
        column = Columns.field(path.field(), name);
      } else {
        Ast.Call call = (Ast.Call) e.expr();
        slot = callSlot(call);
        name = e.alias() != null ? e.alias().text() : "expr" + unnamed++;
        column = Columns.function(name, display(call), slotKind(slot));
      }
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw errors.malformed(e.alias() != null ? e.alias() : e.expr().start(), "duplicate alias: " + name);
      }
      outputs.add(new AggregatePlan.Output(name, slot));
      columns.add(column);
    }
    FilterPlan<GroupRow> having = s.having() == null ? null
        : new ConditionResolver<>(errors, this::groupOperand, null).resolve(s.having());
    List<OrderSpec<GroupRow>> order = new ArrayList<>();
    for (Ast.OrderItem o : s.orderBy()) {
      order.add(OrderSpec.of(groupOperand(o.expr()), o.descending(), o.nullsFirst()));
    }
    if (order.isEmpty()) {
      // Salesforce returns groups in key order when no ORDER BY is given.
      for (int i = 0; i < keys.size(); i++) {
        order.add(OrderSpec.of(new GroupRow.Slot(i, slotKind(i)), false, null));
      }
    }
    AggregatePlan plan = new AggregatePlan(List.copyOf(keys), List.copyOf(aggregates), outputs, having,
        order, countOnly);
    return new Planned(plan, columns);
  }

  private void addKey(Ast.Operand g) throws SoqlException {
    if (g instanceof Ast.Path p) {
      FieldPath path = operands.path(p);
      ValueKind kind = path.kind();
      if (path.isLongText() || kind == ValueKind.DATETIME || kind == ValueKind.DECIMAL) {
        throw errors.cannot(p.start(), p.text(), "grouped");
      }
      keys.add(path);
      keySignatures.add(signature(path));
      return;
    }
    Ast.Call call = (Ast.Call) g;
    if (DateFunction.named(call.name().text()).isEmpty()) {
      throw operands.unknownFunction(call);
    }
    DateFunctionSource fn = operands.dateFunction(call);
    keys.add(fn);
    keySignatures.add(signature(fn));
  }

  /** A slot for a function call: an aggregate (added if new) or a grouped date function. */
  private int callSlot(Ast.Call call) throws SoqlException {
    Optional<AggregateFunction> aggregate = AggregateFunction.named(call.name().text());
    if (aggregate.isPresent()) {
      return aggregateSlot(call, aggregate.get());
    }
    if (DateFunction.named(call.name().text()).isPresent()) {
      return keySlot(signature(operands.dateFunction(call)), call);
    }
    if (call.name().is("FIELDS")) {
      throw errors.malformed(call.name(), "FIELDS() cannot be used in an aggregate query");
    }
    throw operands.unknownFunction(call);
  }

  private int aggregateSlot(Ast.Call call, AggregateFunction fn) throws SoqlException {
    FieldPath arg = null;
    if (call.args().isEmpty()) {
      if (fn != AggregateFunction.COUNT) {
        throw errors.malformed(call.name(), fn.name() + "() needs a field");
      }
    } else {
      if (call.args().size() != 1 || !(call.args().get(0) instanceof Ast.Path p)) {
        throw errors.malformed(call.name(), fn.name() + "() takes exactly one field");
      }
      arg = operands.path(p);
      if (arg.isLongText()) {
        throw errors.cannot(p.start(), p.text(), "aggregated");
      }
      if (!fn.accepts(arg.kind())) {
        throw errors.malformed(call.name(), "field " + p.text() + " does not support aggregate operator " + fn.name());
      }
    }
    String signature = fn.name() + "(" + (arg == null ? "" : arg.dotted().toLowerCase(Locale.ROOT)) + ")";
    for (int i = 0; i < aggregates.size(); i++) {
      if (aggregates.get(i).signature().equals(signature)) {
        return keys.size() + i;
      }
    }
    ValueKind kind = fn.resultKind(arg == null ? ValueKind.INTEGER : arg.kind());
    aggregates.add(new AggregatePlan.Aggregate(fn, arg, signature, kind));
    return keys.size() + aggregates.size() - 1;
  }

  /** HAVING and ORDER BY read grouped fields and aggregates from a group's slots. */
  private ValueSource<GroupRow> groupOperand(Ast.Operand operand) throws SoqlException {
    int slot = operand instanceof Ast.Path p ? keySlot(signature(operands.path(p)), p)
        : callSlot((Ast.Call) operand);
    return new GroupRow.Slot(slot, slotKind(slot));
  }

  private int keySlot(String signature, Ast.Operand at) throws SoqlException {
    int i = keySignatures.indexOf(signature);
    if (i < 0) {
      throw errors.notGrouped(at.start(), at.text());
    }
    return i;
  }

  private ValueKind slotKind(int slot) {
    return slot < keys.size() ? keys.get(slot).kind() : aggregates.get(slot - keys.size()).kind();
  }

  private static String signature(FieldPath path) {
    return "path:" + path.dotted().toLowerCase(Locale.ROOT);
  }

  private static String signature(DateFunctionSource fn) {
    return "fn:" + fn.display().toLowerCase(Locale.ROOT) + "@" + fn.zone();
  }

  /** "avg(Amount)", "count()", "calendar_year(CreatedDate)": how Salesforce displays such columns. */
  private static String display(Ast.Call call) {
    StringBuilder out = new StringBuilder(call.name().text().toLowerCase(Locale.ROOT)).append('(');
    for (int i = 0; i < call.args().size(); i++) {
      out.append(i > 0 ? ", " : "").append(call.args().get(i).text());
    }
    return out.append(')').toString();
  }
}
