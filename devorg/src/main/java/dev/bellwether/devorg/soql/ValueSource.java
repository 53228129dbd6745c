package dev.bellwether.devorg.soql;

/**
 * Reads one value from a row: a stored record for WHERE and ORDER BY, or a group for HAVING
 * and the ORDER BY of an aggregate query.
 */
interface ValueSource<T> {
  Object read(T row, ParentLookup parents);

  ValueKind kind();

  /** True when this reads the queried object's own Id, so Id filters can use the id index. */
  default boolean isRootId() {
    return false;
  }
}
