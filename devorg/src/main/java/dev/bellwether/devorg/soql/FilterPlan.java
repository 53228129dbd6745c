package dev.bellwether.devorg.soql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A WHERE or HAVING condition after name and type checks. It becomes a predicate at each
 * execution, because date literals and semi-joins depend on when and against what it runs.
 */
interface FilterPlan<T> {
  Predicate<T> compile(ExecContext ctx);

  /**
   * The only ids rows can have to pass, when the condition pins the root Id to literals
   * (Id = '...', Id IN (...)); null when it does not, and rows must be scanned.
   */
  default Set<String> pinnedIds() {
    return null;
  }

  /** Conditions joined by AND. */
  record AllOf<T>(List<FilterPlan<T>> parts) implements FilterPlan<T> {
    @Override
    public Predicate<T> compile(ExecContext ctx) {
      List<Predicate<T>> compiled = parts.stream().map(p -> p.compile(ctx)).toList();
      return row -> {
        for (int i = 0; i < compiled.size(); i++) {
          if (!compiled.get(i).test(row)) {
            return false;
          }
        }
        return true;
      };
    }

    @Override
    public Set<String> pinnedIds() {
      for (FilterPlan<T> p : parts) {
        Set<String> ids = p.pinnedIds();
        if (ids != null) {
          return ids;
        }
      }
      return null;
    }
  }

  /** Conditions joined by OR. */
  record AnyOf<T>(List<FilterPlan<T>> parts) implements FilterPlan<T> {
    @Override
    public Predicate<T> compile(ExecContext ctx) {
      List<Predicate<T>> compiled = parts.stream().map(p -> p.compile(ctx)).toList();
      return row -> {
        for (int i = 0; i < compiled.size(); i++) {
          if (compiled.get(i).test(row)) {
            return true;
          }
        }
        return false;
      };
    }

    @Override
    public Set<String> pinnedIds() {
      Set<String> all = new HashSet<>();
      for (FilterPlan<T> p : parts) {
        Set<String> ids = p.pinnedIds();
        if (ids == null) {
          return null;
        }
        all.addAll(ids);
      }
      return all;
    }
  }

  /** NOT condition. */
  record Negation<T>(FilterPlan<T> inner) implements FilterPlan<T> {
    @Override
    public Predicate<T> compile(ExecContext ctx) {
      return inner.compile(ctx).negate();
    }
  }
}
