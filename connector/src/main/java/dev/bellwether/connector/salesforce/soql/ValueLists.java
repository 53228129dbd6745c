package dev.bellwether.connector.salesforce.soql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The value lists of IN and NOT IN: checked when made, rendered as {@code (a, b)}. */
final class ValueLists {

  private ValueLists() {}

  static List<?> checked(String field, List<?> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("IN needs at least one value for " + field);
    }
    // List.copyOf refuses nulls, and null is a valid SOQL list element.
    List<?> copy = Collections.unmodifiableList(new ArrayList<>(values));
    copy.forEach(SoqlLiteral::of);
    return copy;
  }

  static void append(StringBuilder out, List<?> values) {
    out.append('(');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(SoqlLiteral.of(values.get(i)));
    }
    out.append(')');
  }
}
