package dev.bellwether.devorg.soql;

/** Orders two non-null values of one kind the way Salesforce sorts them. */
final class ValueOrder {
  private ValueOrder() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b, ValueKind kind) {
    if (kind == ValueKind.TEXT) {
      return ((String) a).compareToIgnoreCase((String) b);
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Nulls placed first or last; otherwise {@link #compare}. */
  static int compareWithNulls(Object a, Object b, ValueKind kind, boolean nullsFirst) {
    if (a == null || b == null) {
      if (a == b) {
        return 0;
      }
      return (a == null) == nullsFirst ? -1 : 1;
    }
    return compare(a, b, kind);
  }
}
