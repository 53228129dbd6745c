package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.soql.Ast.Condition;
import dev.bellwether.devorg.soql.Ast.Operand;
import dev.bellwether.devorg.soql.Ast.Value;
import dev.bellwether.devorg.soql.Ast.ValueType;
import dev.bellwether.devorg.soql.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent parser for SOQL's SELECT statement. It only checks syntax; whether names
 * exist and types fit is the planner's job.
 */
final class Parser {
  /** Words that end a FROM clause, so they are never taken for an object alias. */
  private static final Set<String> AFTER_FROM = Set.of("WHERE", "WITH", "GROUP", "HAVING", "ORDER",
      "LIMIT", "OFFSET", "FOR", "USING", "UPDATE");

  private final List<Token> tokens;
  private final QueryErrors errors;
  private int pos;

  Parser(String soql, QueryErrors errors) {
    this.tokens = new Lexer(soql).tokenize();
    this.errors = errors;
  }

  /** The whole query; anything after its last clause is an error. */
  Ast.Select parseQuery() throws SoqlException {
    Ast.Select select = select();
    if (!peek().is(Kind.EOF)) {
      throw errors.unexpected(peek());
    }
    return select;
  }

  private Ast.Select select() throws SoqlException {
    Token select = keyword("SELECT");
    List<Ast.SelectItem> items = new ArrayList<>();
    do {
      items.add(selectItem());
    } while (accept(Kind.COMMA));
    keyword("FROM");
    Token object = ident();
    Token alias = peek().is(Kind.IDENT) && !isAny(peek(), AFTER_FROM) ? advance() : null;
    if (acceptKeyword("USING")) {
      keyword("SCOPE");
      ident();
    }
    Condition where = acceptKeyword("WHERE") ? condition() : null;
    if (acceptKeyword("WITH")) {
      Token mode = ident();
      if (!(mode.is("SECURITY_ENFORCED") || mode.is("USER_MODE") || mode.is("SYSTEM_MODE"))) {
        throw errors.unexpected(mode);
      }
    }
    List<Operand> groupBy = new ArrayList<>();
    if (acceptKeyword("GROUP")) {
      keyword("BY");
      do {
        groupBy.add(operand());
      } while (accept(Kind.COMMA));
    }
    Condition having = acceptKeyword("HAVING") ? condition() : null;
    List<Ast.OrderItem> orderBy = new ArrayList<>();
    if (acceptKeyword("ORDER")) {
      keyword("BY");
      do {
        orderBy.add(orderItem());
      } while (accept(Kind.COMMA));
    }
    Token limit = acceptKeyword("LIMIT") ? expect(Kind.NUMBER) : null;
    Token offset = acceptKeyword("OFFSET") ? expect(Kind.NUMBER) : null;
    if (acceptKeyword("FOR")) {
      Token mode = ident();
      if (!(mode.is("VIEW") || mode.is("REFERENCE") || mode.is("UPDATE"))) {
        throw errors.unexpected(mode);
      }
    }
    if (acceptKeyword("UPDATE")) {
      Token mode = ident();
      if (!(mode.is("TRACKING") || mode.is("VIEWSTAT"))) {
        throw errors.unexpected(mode);
      }
    }
    return new Ast.Select(select, items, object, alias, where, groupBy, having, orderBy, limit, offset);
  }

  private Ast.SelectItem selectItem() throws SoqlException {
    if (peek().is(Kind.LPAREN)) {
      Token open = advance();
      Ast.Select sub = select();
      expect(Kind.RPAREN);
      return new Ast.SubqueryItem(open, sub);
    }
    if (peek().is("TYPEOF")) {
      throw errors.malformed(peek(), "TYPEOF is not supported by devorg");
    }
    Operand expr = operand();
    Token alias = peek().is(Kind.IDENT) && !peek().is("FROM") ? advance() : null;
    return new Ast.ExprItem(expr, alias);
  }

  private Operand operand() throws SoqlException {
    Token first = ident();
    if (accept(Kind.LPAREN)) {
      List<Operand> args = new ArrayList<>();
      if (!peek().is(Kind.RPAREN)) {
        do {
          args.add(operand());
        } while (accept(Kind.COMMA));
      }
      expect(Kind.RPAREN);
      return new Ast.Call(first, args);
    }
    List<Token> segments = new ArrayList<>();
    segments.add(first);
    while (accept(Kind.DOT)) {
      segments.add(ident());
    }
    return new Ast.Path(List.copyOf(segments));
  }

  private Ast.OrderItem orderItem() throws SoqlException {
    Operand expr = operand();
    boolean descending = false;
    if (acceptKeyword("DESC")) {
      descending = true;
    } else {
      acceptKeyword("ASC");
    }
    Boolean nullsFirst = null;
    if (acceptKeyword("NULLS")) {
      Token which = ident();
      if (!(which.is("FIRST") || which.is("LAST"))) {
        throw errors.unexpected(which);
      }
      nullsFirst = which.is("FIRST");
    }
    return new Ast.OrderItem(expr, descending, nullsFirst);
  }

  /**
   * AND and OR may not be mixed without parentheses, and NOT only opens a condition: Salesforce
   * rejects "a AND b OR c" and "a AND NOT b" rather than picking a precedence.
   */
  private Condition condition() throws SoqlException {
    Condition first = unary(true);
    String joiner = peek().is("AND") ? "AND" : peek().is("OR") ? "OR" : null;
    if (joiner == null) {
      return first;
    }
    List<Condition> parts = new ArrayList<>();
    parts.add(first);
    while (acceptKeyword(joiner)) {
      parts.add(unary(false));
    }
    if (peek().is("AND") || peek().is("OR")) {
      throw errors.unexpected(peek());
    }
    return joiner.equals("AND") ? new Ast.And(List.copyOf(parts)) : new Ast.Or(List.copyOf(parts));
  }

  private Condition unary(boolean notAllowed) throws SoqlException {
    if (peek().is("NOT")) {
      if (!notAllowed) {
        throw errors.unexpected(peek());
      }
      Token not = advance();
      return new Ast.Not(not, primary());
    }
    return primary();
  }

  private Condition primary() throws SoqlException {
    if (accept(Kind.LPAREN)) {
      Condition inner = condition();
      expect(Kind.RPAREN);
      return inner;
    }
    Operand left = operand();
    Token op = peek();
    if (op.is(Kind.OPERATOR) || op.is("LIKE")) {
      advance();
      return new Ast.Compare(left, op, value());
    }
    if (op.is("IN")) {
      advance();
      return inList(left, op, false);
    }
    if (op.is("NOT")) {
      advance();
      keyword("IN");
      return inList(left, op, true);
    }
    if (op.is("INCLUDES") || op.is("EXCLUDES")) {
      advance();
      return new Ast.ListCompare(left, op, op.is("INCLUDES") ? Ast.ListOp.INCLUDES : Ast.ListOp.EXCLUDES, values());
    }
    throw errors.unexpected(op);
  }

  private Condition inList(Operand left, Token op, boolean negated) throws SoqlException {
    if (peek().is(Kind.LPAREN) && peekAt(1).is("SELECT")) {
      advance();
      Ast.Select sub = select();
      expect(Kind.RPAREN);
      return new Ast.SemiJoin(left, op, negated, sub);
    }
    return new Ast.ListCompare(left, op, negated ? Ast.ListOp.NOT_IN : Ast.ListOp.IN, values());
  }

  private List<Value> values() throws SoqlException {
    expect(Kind.LPAREN);
    List<Value> out = new ArrayList<>();
    do {
      out.add(value());
    } while (accept(Kind.COMMA));
    expect(Kind.RPAREN);
    return out;
  }

  private Value value() throws SoqlException {
    Token t = advance();
    switch (t.kind()) {
      case STRING: return new Value(t, ValueType.TEXT, t.value(), 0);
      case NUMBER: return new Value(t, ValueType.NUMBER, t.value(), 0);
      case DATE: return new Value(t, ValueType.DATE, t.value(), 0);
      case DATETIME: return new Value(t, ValueType.DATETIME, t.value(), 0);
      case COLON: throw errors.malformed(t, "Bind variables are only allowed in Apex code");
      case IDENT: return namedValue(t);
      default: throw errors.unexpected(t);
    }
  }

  private Value namedValue(Token t) throws SoqlException {
    if (t.is("TRUE") || t.is("FALSE")) {
      return new Value(t, ValueType.BOOLEAN, t.is("TRUE"), 0);
    }
    if (t.is("NULL")) {
      return new Value(t, ValueType.NULL, null, 0);
    }
    Optional<DateLiteral> literal = DateLiteral.named(t.text());
    if (literal.isEmpty()) {
      throw errors.unexpected(t);
    }
    if (!literal.get().takesN()) {
      return new Value(t, ValueType.DATE_LITERAL, literal.get(), 0);
    }
    expect(Kind.COLON);
    Token n = expect(Kind.NUMBER);
    BigDecimal count = (BigDecimal) n.value();
    if (count.signum() < 0 || count.scale() > 0 || count.compareTo(BigDecimal.valueOf(100_000)) > 0) {
      throw errors.malformed(n, "Invalid number for date literal " + literal.get() + ": " + n.text());
    }
    return new Value(t, ValueType.DATE_LITERAL, literal.get(), count.intValue());
  }

  private Token keyword(String word) throws SoqlException {
    if (!peek().is(word)) {
      throw errors.unexpected(peek());
    }
    return advance();
  }

  private boolean acceptKeyword(String word) {
    if (peek().is(word)) {
      pos++;
      return true;
    }
    return false;
  }

  private Token ident() throws SoqlException {
    return expect(Kind.IDENT);
  }

  private Token expect(Kind kind) throws SoqlException {
    if (!peek().is(kind)) {
      throw errors.unexpected(peek());
    }
    return advance();
  }

  private boolean accept(Kind kind) {
    if (peek().is(kind)) {
      pos++;
      return true;
    }
    return false;
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token advance() {
    Token t = tokens.get(pos);
    if (!t.is(Kind.EOF)) {
      pos++;
    }
    return t;
  }

  private static boolean isAny(Token t, Set<String> words) {
    for (String w : words) {
      if (t.is(w)) {
        return true;
      }
    }
    return false;
  }
}
