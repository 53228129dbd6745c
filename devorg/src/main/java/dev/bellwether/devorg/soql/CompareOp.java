package dev.bellwether.devorg.soql;

/** A comparison operator of a WHERE or HAVING condition. */
enum CompareOp {
  EQ, NE, LT, LE, GT, GE, LIKE;

  static CompareOp of(Token op) {
    switch (op.text().toUpperCase(java.util.Locale.ROOT)) {
      case "=": return EQ;
      case "!=": case "<>": return NE;
      case "<": return LT;
      case "<=": return LE;
      case ">": return GT;
      case ">=": return GE;
      default: return LIKE;
    }
  }

  /** Whether a comparison result (negative, zero, positive) satisfies this operator. */
  boolean test(int cmp) {
    switch (this) {
      case EQ: return cmp == 0;
      case NE: return cmp != 0;
      case LT: return cmp < 0;
      case LE: return cmp <= 0;
      case GT: return cmp > 0;
      case GE: return cmp >= 0;
      default: throw new IllegalStateException("LIKE is not an ordering");
    }
  }

  boolean isOrdering() {
    return this == LT || this == LE || this == GT || this == GE;
  }
}
