package dev.bellwether.devorg.soql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bellwether.devorg.store.WriteContext;
import dev.bellwether.devorg.store.WriteOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * For random filters on NumberOfEmployees the engine's count equals a brute-force count over the
 * same values, with SOQL's null rules (a null passes only != and = null).
 */
class SoqlPropertyTest {
  private static final String[] OPS = {"=", "!=", "<", "<=", ">", ">="};

  private record Filter(String soql, IntPredicate onValue, boolean onNull) {}

  @Test
  void engineCountMatchesBruteForceForRandomEmployeeFilters() throws SoqlException {
    Random random = new Random(20261123);
    SoqlFixture org = new SoqlFixture();
    Integer[] employees = new Integer[600];
    List<WriteOp> ops = new ArrayList<>();
    for (int i = 0; i < employees.length; i++) {
      employees[i] = random.nextInt(8) == 0 ? null : random.nextInt(200) - 20;
      ops.add(new WriteOp.Create("Account", employees[i] == null ? Map.of("Name", "a" + i)
          : Map.of("Name", "a" + i, "NumberOfEmployees", employees[i])));
    }
    org.store.apply(ops, true, new WriteContext(org.adminId, SoqlFixture.NOW, false));
    SoqlEngine engine = org.engine();
    for (int trial = 0; trial < 400; trial++) {
      Filter f = randomFilter(random, 2);
      long expected = Arrays.stream(employees).filter(v -> v == null ? f.onNull() : f.onValue().test(v)).count();
      SoqlResult r = engine.execute("SELECT COUNT() FROM Account WHERE " + f.soql(), false);
      assertEquals(expected, r.totalSize(), f.soql());
      assertEquals(expected, engine.execute("SELECT Id FROM Account WHERE " + f.soql(), false).rows().size(), f.soql());
    }
  }

  private static Filter randomFilter(Random random, int depth) {
    int shape = depth == 0 ? 0 : random.nextInt(5);
    if (shape == 0 || shape == 1) {
      return comparison(random);
    }
    if (shape == 2) {
      Filter inner = randomFilter(random, depth - 1);
      return new Filter("(NOT " + inner.soql() + ")", v -> !inner.onValue().test(v), !inner.onNull());
    }
    Filter a = randomFilter(random, depth - 1);
    Filter b = randomFilter(random, depth - 1);
    if (shape == 3) {
      return new Filter("(" + a.soql() + " AND " + b.soql() + ")", v -> a.onValue().test(v) && b.onValue().test(v),
          a.onNull() && b.onNull());
    }
    return new Filter("(" + a.soql() + " OR " + b.soql() + ")", v -> a.onValue().test(v) || b.onValue().test(v),
        a.onNull() || b.onNull());
  }

  private static Filter comparison(Random random) {
    if (random.nextInt(10) == 0) {
      boolean eq = random.nextBoolean();
      return new Filter("NumberOfEmployees " + (eq ? "=" : "!=") + " null", v -> !eq, eq);
    }
    if (random.nextInt(6) == 0) {
      int a = random.nextInt(200) - 20;
      int b = random.nextInt(200) - 20;
      boolean negated = random.nextBoolean();
      return new Filter("NumberOfEmployees " + (negated ? "NOT IN" : "IN") + " (" + a + ", " + b + ")",
          v -> (v == a || v == b) != negated, negated);
    }
    String op = OPS[random.nextInt(OPS.length)];
    int c = random.nextInt(220) - 30;
    IntPredicate test;
    switch (op) {
      case "=": test = v -> v == c; break;
      case "!=": test = v -> v != c; break;
      case "<": test = v -> v < c; break;
      case "<=": test = v -> v <= c; break;
      case ">": test = v -> v > c; break;
      default: test = v -> v >= c;
    }
    return new Filter("NumberOfEmployees " + op + " " + c, test, op.equals("!="));
  }
}
