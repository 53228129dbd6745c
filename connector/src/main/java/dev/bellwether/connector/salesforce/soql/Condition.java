package dev.bellwether.connector.salesforce.soql;

import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A WHERE condition as a value. Field names are checked by {@link SoqlIdentifier} and values
 * rendered by {@link SoqlLiteral} when the condition is made, so a bad one fails at its source.
 */
public sealed interface Condition {

  /** Appends this condition's SOQL, with field names qualified by the namespace. */
  void appendTo(StringBuilder out, Namespace namespace);

  /** This condition's SOQL, with field names qualified by the namespace. */
  default String toSoql(Namespace namespace) {
    StringBuilder out = new StringBuilder();
    appendTo(out, namespace);
    return out.toString();
  }

  /** {@code field = value}; a null value gives {@code field = null}. */
  static Condition eq(String field, Object value) {
    return new Comparison(field, Operator.EQ, value);
  }

  /** {@code field != value}. */
  static Condition ne(String field, Object value) {
    return new Comparison(field, Operator.NE, value);
  }

  /** {@code field op value}. */
  static Condition compare(String field, Operator op, Object value) {
    return new Comparison(field, op, value);
  }

  /** All of the conditions. */
  static Condition and(Condition... parts) {
    return new And(Arrays.asList(parts));
  }

  /** Any of the conditions. */
  static Condition or(Condition... parts) {
    return new Or(Arrays.asList(parts));
  }

  /** A comparison of a field with one value; only = and != may compare with null. */
  record Comparison(String field, Operator op, Object value) implements Condition {
    public Comparison {
      SoqlIdentifier.require(field);
      Objects.requireNonNull(op, "op");
      if (value == null && op != Operator.EQ && op != Operator.NE) {
        throw new IllegalArgumentException("Only = and != compare with null, not " + op.symbol() + " on " + field);
      }
      SoqlLiteral.of(value);
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      out.append(namespace.qualify(field)).append(' ').append(op.symbol()).append(' ').append(SoqlLiteral.of(value));
    }
  }

  /** {@code field IN (values)}; the list may not be empty, which SOQL cannot express. */
  record In(String field, List<?> values) implements Condition {
    public In {
      SoqlIdentifier.require(field);
      values = ValueLists.checked(field, values);
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      out.append(namespace.qualify(field)).append(" IN ");
      ValueLists.append(out, values);
    }
  }

  /** {@code field NOT IN (values)}; the list may not be empty. */
  record NotIn(String field, List<?> values) implements Condition {
    public NotIn {
      SoqlIdentifier.require(field);
      values = ValueLists.checked(field, values);
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      out.append(namespace.qualify(field)).append(" NOT IN ");
      ValueLists.append(out, values);
    }
  }

  /**
   * {@code field LIKE pattern}, where {@code %} and {@code _} are wildcards and {@code \%},
   * {@code \_}, {@code \\} match the characters themselves; build literal parts with
   * {@link SoqlLiteral#escapeWildcards} or use {@link #contains}.
   */
  record Like(String field, String pattern) implements Condition {
    public Like {
      SoqlIdentifier.require(field);
      SoqlLiteral.quoteLikePattern(Objects.requireNonNull(pattern, "pattern"));
    }

    /** Matches values containing the text literally, wildcards in it included. */
    public static Like contains(String field, String text) {
      return new Like(field, "%" + SoqlLiteral.escapeWildcards(text) + "%");
    }

    /** Matches values starting with the text literally. */
    public static Like startsWith(String field, String text) {
      return new Like(field, SoqlLiteral.escapeWildcards(text) + "%");
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      out.append(namespace.qualify(field)).append(" LIKE ").append(SoqlLiteral.quoteLikePattern(pattern));
    }
  }

  /** {@code field = null}: the field is empty. */
  record IsNull(String field) implements Condition {
    public IsNull {
      SoqlIdentifier.require(field);
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      out.append(namespace.qualify(field)).append(" = null");
    }
  }

  /** {@code field != null}: the field has a value. */
  record IsNotNull(String field) implements Condition {
    public IsNotNull {
      SoqlIdentifier.require(field);
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      out.append(namespace.qualify(field)).append(" != null");
    }
  }

  /** All parts hold; nested AND, OR and NOT parts are parenthesised, as SOQL requires. */
  record And(List<Condition> parts) implements Condition {
    public And {
      parts = Junction.checked("AND", parts);
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      Junction.append(out, namespace, " AND ", parts);
    }
  }

  /** At least one part holds; nested AND, OR and NOT parts are parenthesised. */
  record Or(List<Condition> parts) implements Condition {
    public Or {
      parts = Junction.checked("OR", parts);
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      Junction.append(out, namespace, " OR ", parts);
    }
  }

  /** The part does not hold; written {@code NOT (part)}. */
  record Not(Condition part) implements Condition {
    public Not {
      Objects.requireNonNull(part, "part");
    }

    @Override
    public void appendTo(StringBuilder out, Namespace namespace) {
      out.append("NOT (");
      part.appendTo(out, namespace);
      out.append(')');
    }
  }
}
