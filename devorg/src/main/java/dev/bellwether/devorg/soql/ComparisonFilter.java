package dev.bellwether.devorg.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One field compared with one literal. Text compares without regard to case; a null field
 * satisfies only "= null" and "!=" (SOQL's != includes nulls); a date literal is a range of
 * days: "=" means within it, "<" before its start, ">" after its end.
 *
 * @param likeLiteral the quoted literal as written, for LIKE (its escapes matter); else null
 */
record ComparisonFilter<T>(ValueSource<T> source, CompareOp op, FilterValue value, String likeLiteral)
    implements FilterPlan<T> {

  @Override
  public Set<String> pinnedIds() {
    boolean pins = source.isRootId() && op == CompareOp.EQ && !value.isRelative() && value.constant() != null;
    return pins ? Set.of((String) value.constant()) : null;
  }

  @Override
  public Predicate<T> compile(ExecContext ctx) {
    ParentLookup parents = ctx.parents();
    if (value.isRelative()) {
      return range(ctx);
    }
    Object constant = value.constant();
    if (constant == null) {
      switch (op) {
        case EQ: return row -> source.read(row, parents) == null;
        case NE: return row -> source.read(row, parents) != null;
        default: return row -> false;
      }
    }
    if (op == CompareOp.LIKE) {
      LikePattern pattern = LikePattern.compile(likeLiteral);
      return row -> {
        Object v = source.read(row, parents);
        return v != null && pattern.matches(v.toString());
      };
    }
    switch (source.kind()) {
      case TEXT: return text((String) constant, parents);
      case INTEGER: return integer((BigDecimal) constant, parents);
      default: return ordered(constant, parents);
    }
  }

  private Predicate<T> text(String c, ParentLookup parents) {
    if (op == CompareOp.EQ || op == CompareOp.NE) {
      boolean wantEqual = op == CompareOp.EQ;
      return row -> {
        Object v = source.read(row, parents);
        return v == null ? !wantEqual : ((String) v).equalsIgnoreCase(c) == wantEqual;
      };
    }
    return row -> {
      Object v = source.read(row, parents);
      return v != null && op.test(((String) v).compareToIgnoreCase(c));
    };
  }

  /** Whole-number literals on int fields compare as ints: the common hot path. */
  private Predicate<T> integer(BigDecimal c, ParentLookup parents) {
    boolean nullResult = op == CompareOp.NE;
    boolean fitsInt = c.stripTrailingZeros().scale() <= 0
        && c.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
        && c.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
    if (fitsInt) {
      int ci = c.intValueExact();
      return row -> {
        Object v = source.read(row, parents);
        return v == null ? nullResult : op.test(Integer.compare((Integer) v, ci));
      };
    }
    return row -> {
      Object v = source.read(row, parents);
      return v == null ? nullResult : op.test(BigDecimal.valueOf((Integer) v).compareTo(c));
    };
  }

  private Predicate<T> ordered(Object c, ParentLookup parents) {
    boolean nullResult = op == CompareOp.NE;
    ValueKind kind = source.kind();
    return row -> {
      Object v = source.read(row, parents);
      return v == null ? nullResult : op.test(ValueOrder.compare(v, c, kind));
    };
  }

  private Predicate<T> range(ExecContext ctx) {
    DateLiteral.DayRange days = value.relative().range(ctx.today(), value.n());
    Comparable<?> from;
    Comparable<?> until;
    if (source.kind() == ValueKind.DATE) {
      from = days.from();
      until = days.until();
    } else {
      from = days.from().atStartOfDay(ctx.zone()).toInstant();
      until = days.until().atStartOfDay(ctx.zone()).toInstant();
    }
    ParentLookup parents = ctx.parents();
    return row -> {
      Object v = source.read(row, parents);
      if (v == null) {
        return op == CompareOp.NE;
      }
      boolean beforeStart = before(v, from);
      boolean beforeEnd = before(v, until);
      switch (op) {
        case EQ: return !beforeStart && beforeEnd;
        case NE: return beforeStart || !beforeEnd;
        case LT: return beforeStart;
        case LE: return beforeEnd;
        case GT: return !beforeEnd;
        case GE: return !beforeStart;
        default: return false;
      }
    };
  }

  private static boolean before(Object v, Comparable<?> bound) {
    if (v instanceof Instant i) {
      return i.isBefore((Instant) bound);
    }
    return ((LocalDate) v).isBefore((LocalDate) bound);
  }
}
