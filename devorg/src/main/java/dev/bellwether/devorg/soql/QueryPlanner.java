package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import dev.bellwether.devorg.store.StoredRecord;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks a parsed statement against the schema and turns it into a {@link QueryPlan}. */
final class QueryPlanner {
  /** Salesforce caps OFFSET at 2,000 rows. */
  static final int MAX_OFFSET = 2000;
  /** FIELDS(ALL) and FIELDS(CUSTOM) must be bounded by a LIMIT of at most 200. */
  private static final int MAX_UNBOUNDED_FIELDS_LIMIT = 200;

  private final Schema schema;
  private final ZoneId zone;
  private final QueryErrors errors;

  QueryPlanner(Schema schema, ZoneId zone, QueryErrors errors) {
    this.schema = schema;
    this.zone = zone;
    this.errors = errors;
  }

  QueryPlan plan(Ast.Select s) throws SoqlException {
    ObjectDef object = schema.object(s.object().text()).orElseThrow(() -> errors.invalidType(s.object()));
    return plan(s, object);
  }

  private QueryPlan plan(Ast.Select s, ObjectDef object) throws SoqlException {
    RecordOperands operands = new RecordOperands(new PathResolver(schema, object, s.alias(), errors), zone, errors);
    FilterPlan<StoredRecord> where = s.where() == null ? null
        : new ConditionResolver<StoredRecord>(errors, op -> operands.resolve(op, "filtered"), this::subselect)
            .resolve(s.where());
    Integer limit = limit(s.limit());
    int offset = offset(s.offset());
    if (AggregatePlanner.isAggregate(s)) {
      AggregatePlanner.Planned planned = new AggregatePlanner(errors, operands).plan(s);
      return new QueryPlan(object, where, List.of(), List.of(), null, List.of(), planned.plan(), limit, offset,
          planned.columns());
    }
    List<FieldPath> fields = new ArrayList<>();
    List<ChildSelect> children = new ArrayList<>();
    RowProjector projector = selectList(s, operands, limit, fields, children);
    List<OrderSpec<StoredRecord>> order = new ArrayList<>();
    for (Ast.OrderItem o : s.orderBy()) {
      order.add(OrderSpec.of(operands.resolve(o.expr(), "sorted"), o.descending(), o.nullsFirst()));
    }
    return new QueryPlan(object, where, List.copyOf(fields), List.copyOf(children), projector, order, null,
        limit, offset, projector.columns());
  }

  /** Resolves the select list into fields and child sub-selects, in select order. */
  private RowProjector selectList(Ast.Select s, RecordOperands operands, Integer limit, List<FieldPath> fields,
      List<ChildSelect> children) throws SoqlException {
    RowProjector.Builder projector = new RowProjector.Builder();
    Set<String> seen = new HashSet<>();
    for (Ast.SelectItem item : s.items()) {
      if (item instanceof Ast.SubqueryItem sub) {
        ChildSelect child = childSelect(sub, operands.paths().root());
        if (!seen.add(child.name().toLowerCase(Locale.ROOT))) {
          throw errors.at(QueryErrors.INVALID_FIELD, sub.select().object(), "duplicate field selected: " + child.name());
        }
        children.add(child);
        projector.children(child);
        continue;
      }
      Ast.ExprItem e = (Ast.ExprItem) item;
      if (e.alias() != null) {
        throw errors.unexpected(e.alias());
      }
      for (FieldPath f : itemFields(e.expr(), operands, limit)) {
        if (!seen.add(f.dotted().toLowerCase(Locale.ROOT))) {
          throw errors.at(QueryErrors.INVALID_FIELD, e.expr().start(), "duplicate field selected: " + f.dotted());
        }
        fields.add(f);
        projector.field(f);
      }
    }
    return projector.build();
  }

  /** (SELECT ... FROM Contacts): a record query on the child object, one level deep. */
  private ChildSelect childSelect(Ast.SubqueryItem sub, ObjectDef parent) throws SoqlException {
    Ast.Select select = sub.select();
    ChildRelationships.ChildLink link = ChildRelationships.find(schema, parent, select.object().text())
        .orElseThrow(() -> errors.at(QueryErrors.INVALID_TYPE, select.object(), "Didn't understand relationship '"
            + select.object().text() + "' in FROM part of query call. If you are attempting to use a custom"
            + " relationship, be sure to append the '__r' after the custom relationship name. Please reference"
            + " your WSDL or the describe call for the appropriate names."));
    if (AggregatePlanner.isAggregate(select)) {
      throw errors.malformed(select.select(), "Aggregate queries are not supported in child relationship sub-selects");
    }
    QueryPlan plan = plan(select, link.child());
    if (!plan.children().isEmpty()) {
      throw errors.malformed(select.select(), "Child relationship sub-selects cannot be nested");
    }
    return new ChildSelect(link, plan);
  }

  private List<FieldPath> itemFields(Ast.Operand expr, RecordOperands operands, Integer limit)
      throws SoqlException {
    if (expr instanceof Ast.Path p) {
      return List.of(operands.path(p));
    }
    Ast.Call call = (Ast.Call) expr;
    if (call.name().is("FIELDS")) {
      return fieldsFunction(call, operands.paths().root(), limit);
    }
    if (call.name().is("toLabel") && call.args().size() == 1 && call.args().get(0) instanceof Ast.Path p) {
      // Picklist labels equal their values in devorg, so toLabel() shows the stored value.
      return List.of(operands.path(p));
    }
    if (DateFunction.named(call.name().text()).isPresent()) {
      throw errors.notGrouped(call.start(), call.text());
    }
    throw operands.unknownFunction(call);
  }

  /** FIELDS(STANDARD | CUSTOM | ALL) on the queried object, in field order. */
  private List<FieldPath> fieldsFunction(Ast.Call call, ObjectDef object, Integer limit) throws SoqlException {
    Ast.Operand arg = call.args().size() == 1 ? call.args().get(0) : null;
    Token which = arg instanceof Ast.Path p && p.segments().size() == 1 ? p.start() : call.name();
    if (!(which.is("STANDARD") || which.is("CUSTOM") || which.is("ALL"))) {
      throw errors.unexpected(which);
    }
    if (!which.is("STANDARD") && (limit == null || limit > MAX_UNBOUNDED_FIELDS_LIMIT)) {
      throw errors.malformed(call.name(), "The SOQL FIELDS function must have a LIMIT of at most 200");
    }
    List<FieldPath> out = new ArrayList<>();
    for (FieldDef f : object.fields()) {
      boolean wanted = which.is("ALL") || (which.is("CUSTOM") == f.custom());
      if (wanted) {
        out.add(new FieldPath(List.of(), object, f, object.indexOf(f.name())));
      }
    }
    return out;
  }

  /** A semi-join sub-select must select exactly one Id or reference field. */
  private QueryPlan subselect(Ast.Select sub) throws SoqlException {
    QueryPlan plan = plan(sub);
    if (plan.isAggregate() || plan.fields().size() != 1 || plan.fields().get(0).kind() != ValueKind.ID) {
      throw errors.malformed(sub.select(), "A semi join sub-select must select exactly one Id or reference field");
    }
    return plan;
  }

  private Integer limit(Token t) throws SoqlException {
    if (t == null) {
      return null;
    }
    return wholeNumber(t);
  }

  private int offset(Token t) throws SoqlException {
    if (t == null) {
      return 0;
    }
    int offset = wholeNumber(t);
    if (offset > MAX_OFFSET) {
      throw errors.at(QueryErrors.OUT_OF_RANGE, t, "Maximum SOQL offset allowed is " + MAX_OFFSET);
    }
    return offset;
  }

  private int wholeNumber(Token t) throws SoqlException {
    BigDecimal n = (BigDecimal) t.value();
    if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
      throw errors.unexpected(t);
    }
    if (n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw errors.malformed(t, "numeric value out of range: " + t.text());
    }
    return n.intValue();
  }
}
