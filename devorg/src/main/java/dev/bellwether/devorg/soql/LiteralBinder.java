package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.soql.Ast.Value;
import dev.bellwether.devorg.store.Ids;
import java.math.BigDecimal;

/**
 * Checks a literal against the type of what it is compared with and converts it to that
 * type's stored Java form once, so rows are compared without conversions.
 */
final class LiteralBinder {
  private final QueryErrors errors;

  LiteralBinder(QueryErrors errors) {
    this.errors = errors;
  }

  /**
   * @param subject where the compared field starts in the query (errors point there)
   * @param subjectText the field as written, for messages
   */
  FilterValue bind(Value v, ValueKind kind, Token subject, String subjectText) throws SoqlException {
    if (v.type() == Ast.ValueType.NULL) {
      return FilterValue.of(null);
    }
    switch (kind) {
      case TEXT:
        return expect(v, Ast.ValueType.TEXT, kind, subject, subjectText);
      case ID: {
        expect(v, Ast.ValueType.TEXT, kind, subject, subjectText);
        String id = Ids.normalize((String) v.value());
        if (id == null) {
          throw errors.at(QueryErrors.INVALID_OPERATOR, v.token(), "invalid ID field: " + v.value());
        }
        return FilterValue.of(id);
      }
      case BOOLEAN:
        return expect(v, Ast.ValueType.BOOLEAN, kind, subject, subjectText);
      case INTEGER:
      case DECIMAL:
        return FilterValue.of((BigDecimal) expect(v, Ast.ValueType.NUMBER, kind, subject, subjectText).constant());
      case DATE:
      case DATETIME:
        if (v.type() == Ast.ValueType.DATE_LITERAL) {
          return new FilterValue(null, (DateLiteral) v.value(), v.n());
        }
        return expect(v, kind == ValueKind.DATE ? Ast.ValueType.DATE : Ast.ValueType.DATETIME, kind,
            subject, subjectText);
      default:
        throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private FilterValue expect(Value v, Ast.ValueType wanted, ValueKind kind, Token subject, String text)
      throws SoqlException {
    if (v.type() != wanted) {
      throw errors.filterType(subject, text, kind);
    }
    return FilterValue.of(v.value());
  }
}
