package dev.bellwether.devorg.soql;

/** One ORDER BY key; Salesforce's default puts nulls first ascending and last descending. */
record OrderSpec<T>(ValueSource<T> source, boolean descending, boolean nullsFirst) {
  static <T> OrderSpec<T> of(ValueSource<T> source, boolean descending, Boolean nullsFirst) {
    return new OrderSpec<>(source, descending, nullsFirst == null ? !descending : nullsFirst);
  }
}
