package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.StoredRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a parsed WHERE or HAVING condition (names, operators, literal types) and builds its
 * {@link FilterPlan}.
 */
final class ConditionResolver<T> {
  /** Plans a semi-join sub-select; absent where sub-selects are not allowed (HAVING). */
  @FunctionalInterface
  interface SubselectPlanner {
    QueryPlan plan(Ast.Select select) throws SoqlException;
  }

  private final QueryErrors errors;
  private final LiteralBinder literals;
  private final OperandResolver<T> operands;
  private final SubselectPlanner subselects;

  ConditionResolver(QueryErrors errors, OperandResolver<T> operands, SubselectPlanner subselects) {
    this.errors = errors;
    this.literals = new LiteralBinder(errors);
    this.operands = operands;
    this.subselects = subselects;
  }

  FilterPlan<T> resolve(Ast.Condition c) throws SoqlException {
    if (c instanceof Ast.And and) {
      return new FilterPlan.AllOf<>(all(and.parts()));
    }
    if (c instanceof Ast.Or or) {
      return new FilterPlan.AnyOf<>(all(or.parts()));
    }
    if (c instanceof Ast.Not not) {
      return new FilterPlan.Negation<>(resolve(not.inner()));
    }
    if (c instanceof Ast.Compare cmp) {
      return compare(cmp);
    }
    if (c instanceof Ast.ListCompare list) {
      return list(list);
    }
    return semiJoin((Ast.SemiJoin) c);
  }

  private List<FilterPlan<T>> all(List<Ast.Condition> parts) throws SoqlException {
    List<FilterPlan<T>> out = new ArrayList<>();
    for (Ast.Condition p : parts) {
      out.add(resolve(p));
    }
    return List.copyOf(out);
  }

  private FilterPlan<T> compare(Ast.Compare c) throws SoqlException {
    ValueSource<T> source = operands.resolve(c.left());
    CompareOp op = CompareOp.of(c.op());
    ValueKind kind = source.kind();
    FilterValue value = literals.bind(c.value(), kind, c.left().start(), c.left().text());
    if (op == CompareOp.LIKE && kind != ValueKind.TEXT) {
      throw invalidOperator(c.op(), c.left(), kind);
    }
    if (op.isOrdering() && kind == ValueKind.BOOLEAN) {
      throw invalidOperator(c.op(), c.left(), kind);
    }
    return new ComparisonFilter<>(source, op, value, op == CompareOp.LIKE ? c.value().token().text() : null);
  }

  private FilterPlan<T> list(Ast.ListCompare c) throws SoqlException {
    ValueSource<T> source = operands.resolve(c.left());
    boolean multiSelect = c.kind() == Ast.ListOp.INCLUDES || c.kind() == Ast.ListOp.EXCLUDES;
    if (multiSelect && source.kind() != ValueKind.TEXT) {
      throw invalidOperator(c.op(), c.left(), source.kind());
    }
    List<FilterValue> values = new ArrayList<>();
    for (Ast.Value v : c.values()) {
      values.add(literals.bind(v, source.kind(), c.left().start(), c.left().text()));
    }
    return new ListFilter<>(source, c.kind(), values);
  }

  @SuppressWarnings("unchecked")
  private FilterPlan<T> semiJoin(Ast.SemiJoin s) throws SoqlException {
    if (subselects == null) {
      throw errors.malformed(s.op(), "Semi join sub-selects are only allowed in the WHERE clause");
    }
    ValueSource<T> source = operands.resolve(s.left());
    if (source.kind() != ValueKind.ID) {
      throw errors.malformed(s.left().start(), "The left operand of a semi join must be an Id or"
          + " reference field: " + s.left().text());
    }
    QueryPlan sub = subselects.plan(s.select());
    return (FilterPlan<T>) new SemiJoinFilter((ValueSource<StoredRecord>) source, s.negated(), sub);
  }

  private SoqlException invalidOperator(Token op, Ast.Operand field, ValueKind kind) {
    return errors.at(QueryErrors.INVALID_OPERATOR, op, "invalid operator " + op.text()
        + " on field " + field.text() + " of type " + kind.soqlName());
  }
}
