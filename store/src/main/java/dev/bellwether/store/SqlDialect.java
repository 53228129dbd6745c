package dev.bellwether.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The little SQL that differs between H2 and PostgreSQL: the upsert. H2 has no
 * {@code ON CONFLICT ... DO UPDATE}, and PostgreSQL's MERGE is not safe against concurrent inserts,
 * so each gets its own form; everything else is shared SQL.
 */
public enum SqlDialect {
  /** H2 (embedded), in PostgreSQL mode. */
  H2,
  /** PostgreSQL. */
  POSTGRESQL;

  /** Placeholder for the stored row in an upsert guard. */
  public static final String OLD = "{old}";
  /** Placeholder for the incoming row in an upsert guard. */
  public static final String NEW = "{new}";

  /** The dialect of a JDBC URL; any other database is a clear error. */
  public static SqlDialect fromUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new StoreException("Unsupported JDBC URL " + StoreConfig.redact(jdbcUrl)
        + ": Bellwether runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://...)");
  }

  /**
   * An upsert statement that replaces every non-key column, taking one parameter per column in
   * {@code columns} order.
   *
   * @param guard a condition the existing row must meet to be replaced, written with {@link #OLD}
   *     and {@link #NEW} as row prefixes (e.g. {@code {old}.x <= {new}.x}), or null to always replace
   */
  public String upsert(String table, List<String> keys, List<String> columns, String guard) {
    List<String> assignments = columns.stream().filter(c -> !keys.contains(c))
        .map(c -> c + " = " + NEW + "." + c).toList();
    return upsert(table, keys, columns, assignments, guard);
  }

  /**
   * An upsert statement with explicit assignments for the update case.
   *
   * @param table the table
   * @param keys the primary-key columns
   * @param columns all columns inserted, keys included, in parameter order
   * @param assignments {@code column = expression} for the update, expressions using {@link #OLD}
   *     and {@link #NEW} as row prefixes
   * @param guard a condition the existing row must meet to be replaced, or null to always replace
   */
  public String upsert(String table, List<String> keys, List<String> columns, List<String> assignments,
      String guard) {
    String params = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    String columnList = String.join(", ", columns);
    String oldRow = this == POSTGRESQL ? table : "o";
    String newRow = this == POSTGRESQL ? "EXCLUDED" : "n";
    String set = assignments.stream().map(a -> a.replace(OLD, oldRow).replace(NEW, newRow))
        .collect(Collectors.joining(", "));
    String condition = guard == null ? null : guard.replace(OLD, oldRow).replace(NEW, newRow);
    if (this == POSTGRESQL) {
      String sql = "INSERT INTO " + table + " (" + columnList + ") VALUES (" + params + ") ON CONFLICT ("
          + String.join(", ", keys) + ") DO UPDATE SET " + set;
      return condition == null ? sql : sql + " WHERE " + condition;
    }
    String on = keys.stream().map(k -> "o." + k + " = n." + k).collect(Collectors.joining(" AND "));
    return "MERGE INTO " + table + " AS o USING (VALUES (" + params + ")) AS n(" + columnList + ") ON " + on
        + " WHEN MATCHED" + (condition == null ? "" : " AND (" + condition + ")") + " THEN UPDATE SET " + set
        + " WHEN NOT MATCHED THEN INSERT (" + columnList + ") VALUES ("
        + columns.stream().map(c -> "n." + c).collect(Collectors.joining(", ")) + ")";
  }
}
