package dev.bellwether.devorg.soql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * IN, NOT IN, INCLUDES and EXCLUDES over a literal list. Text and ids are matched through a hash
 * set built once per execution; other kinds fall back to one comparison per literal.
 */
record ListFilter<T>(ValueSource<T> source, Ast.ListOp op, List<FilterValue> values) implements FilterPlan<T> {

  @Override
  public Set<String> pinnedIds() {
    if (!source.isRootId() || op != Ast.ListOp.IN) {
      return null;
    }
    Set<String> ids = new HashSet<>();
    for (FilterValue v : values) {
      if (v.constant() != null) {
        ids.add((String) v.constant());
      }
    }
    return ids;
  }

  @Override
  public Predicate<T> compile(ExecContext ctx) {
    switch (op) {
      case IN: return in(ctx);
      case NOT_IN: return in(ctx).negate();
      case INCLUDES: return includes(ctx);
      default: return includes(ctx).negate();
    }
  }

  private Predicate<T> in(ExecContext ctx) {
    ParentLookup parents = ctx.parents();
    boolean matchesNull = values.stream().anyMatch(v -> !v.isRelative() && v.constant() == null);
    ValueKind kind = source.kind();
    if (kind == ValueKind.TEXT || kind == ValueKind.ID) {
      Set<String> set = new HashSet<>();
      for (FilterValue v : values) {
        if (v.constant() != null) {
          set.add(kind == ValueKind.TEXT ? lower((String) v.constant()) : (String) v.constant());
        }
      }
      boolean text = kind == ValueKind.TEXT;
      return row -> {
        Object v = source.read(row, parents);
        return v == null ? matchesNull : set.contains(text ? lower((String) v) : v);
      };
    }
    List<Predicate<T>> any = new ArrayList<>();
    for (FilterValue v : values) {
      any.add(new ComparisonFilter<>(source, CompareOp.EQ, v, null).compile(ctx));
    }
    return row -> {
      for (int i = 0; i < any.size(); i++) {
        if (any.get(i).test(row)) {
          return true;
        }
      }
      return false;
    };
  }

  /** A multi-select value includes 'a;b' when it holds both a and b. */
  private Predicate<T> includes(ExecContext ctx) {
    ParentLookup parents = ctx.parents();
    List<Set<String>> wanted = new ArrayList<>();
    for (FilterValue v : values) {
      if (v.constant() != null) {
        wanted.add(terms((String) v.constant()));
      }
    }
    return row -> {
      Object v = source.read(row, parents);
      if (v == null) {
        return false;
      }
      Set<String> held = terms((String) v);
      for (Set<String> w : wanted) {
        if (held.containsAll(w)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Set<String> terms(String multiValue) {
    Set<String> out = new HashSet<>();
    for (String t : multiValue.split(";")) {
      if (!t.isBlank()) {
        out.add(lower(t.trim()));
      }
    }
    return out;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
