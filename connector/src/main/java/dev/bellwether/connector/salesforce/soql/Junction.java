package dev.bellwether.connector.salesforce.soql;

import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.List;

/** Renders AND and OR: SOQL rejects mixed AND/OR and a NOT after a joiner unless parenthesised. */
final class Junction {

  private Junction() {}

  static List<Condition> checked(String joiner, List<Condition> parts) {
    if (parts == null || parts.isEmpty()) {
      throw new IllegalArgumentException(joiner + " needs at least one condition");
    }
    return List.copyOf(parts);
  }

  static void append(StringBuilder out, Namespace namespace, String joiner, List<Condition> parts) {
    if (parts.size() == 1) {
      parts.get(0).appendTo(out, namespace);
      return;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.append(joiner);
      }
      Condition part = parts.get(i);
      boolean compound = part instanceof Condition.And || part instanceof Condition.Or
          || part instanceof Condition.Not;
      if (compound) {
        out.append('(');
      }
      part.appendTo(out, namespace);
      if (compound) {
        out.append(')');
      }
    }
  }
}
