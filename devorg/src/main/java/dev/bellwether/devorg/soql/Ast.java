package dev.bellwether.devorg.soql;

import java.util.List;
import java.util.stream.Collectors;

/** The syntax tree the parser builds. Names and types are checked later, by the planner. */
final class Ast {
  private Ast() {}

  /** A SELECT statement: the query itself or a semi-join sub-select. */
  record Select(Token select, List<SelectItem> items, Token object, Token alias, Condition where,
      List<Operand> groupBy, Condition having, List<OrderItem> orderBy, Token limit, Token offset) {}

  /** One entry of the select list. */
  sealed interface SelectItem permits ExprItem, SubqueryItem {}

  /** A field path or function call, with its alias when one was written. */
  record ExprItem(Operand expr, Token alias) implements SelectItem {}

  /** A child-relationship sub-select such as (SELECT Id FROM Contacts). */
  record SubqueryItem(Token open, Select select) implements SelectItem {}

  /** Something that yields a value: a field path or a function call. */
  sealed interface Operand permits Path, Call {
    Token start();

    /** The operand as written, for messages. */
    String text();
  }

  /** A dotted field path: Name, Owner.Name, a.Account__r.Name. */
  record Path(List<Token> segments) implements Operand {
    @Override
    public Token start() {
      return segments.get(0);
    }

    @Override
    public String text() {
      return segments.stream().map(Token::text).collect(Collectors.joining("."));
    }
  }

  /** A function call: COUNT(), SUM(Amount), CALENDAR_YEAR(convertTimezone(CreatedDate)). */
  record Call(Token name, List<Operand> args) implements Operand {
    @Override
    public Token start() {
      return name;
    }

    @Override
    public String text() {
      return name.text() + "(" + args.stream().map(Operand::text).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** A WHERE or HAVING condition. */
  sealed interface Condition permits And, Or, Not, Compare, ListCompare, SemiJoin {}

  record And(List<Condition> parts) implements Condition {}

  record Or(List<Condition> parts) implements Condition {}

  record Not(Token not, Condition inner) implements Condition {}

  /** operand op value, where op is =, !=, <>, <, <=, >, >= or LIKE. */
  record Compare(Operand left, Token op, Value value) implements Condition {}

  /** operand IN / NOT IN / INCLUDES / EXCLUDES (values). */
  record ListCompare(Operand left, Token op, ListOp kind, List<Value> values) implements Condition {}

  /** operand [NOT] IN (SELECT ...). */
  record SemiJoin(Operand left, Token op, boolean negated, Select select) implements Condition {}

  /** The list operators. */
  enum ListOp { IN, NOT_IN, INCLUDES, EXCLUDES }

  /** One ORDER BY key; nullsFirst is null when the query leaves it to the default. */
  record OrderItem(Operand expr, boolean descending, Boolean nullsFirst) {}

  /** A literal on the right of a comparison. */
  record Value(Token token, ValueType type, Object value, int n) {}

  /** Literal kinds; DATE_LITERAL carries a {@link DateLiteral} and, for the :n forms, n. */
  enum ValueType { TEXT, NUMBER, DATE, DATETIME, BOOLEAN, NULL, DATE_LITERAL }
}
