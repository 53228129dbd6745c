package dev.bellwether.connector.salesforce.soql;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks object and field names before they enter a query. Names are never escaped: anything
 * that is not a plain (optionally dotted) API name is refused, so a name cannot smuggle SOQL.
 */
public final class SoqlIdentifier {

  /**
   * A segment starts with a letter, uses letters, digits and underscores, never ends with one,
   * and has no run of three: enough for Name, Score__c and ns__Account__r.
   */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|_(?!__))*(?<!_)");
  private static final int MAX_SEPARATORS = 2;
  private static final int MAX_LENGTH = 255;

  /** Salesforce's reserved words, which cannot stand as names in SOQL. */
  private static final Set<String> RESERVED = Set.of("AND", "ASC", "DESC", "EXCLUDES", "FIRST", "FROM",
      "GROUP", "HAVING", "IN", "INCLUDES", "LAST", "LIKE", "LIMIT", "NOT", "NULL", "NULLS", "OR", "SELECT",
      "WHERE", "WITH");

  private SoqlIdentifier() {}

  /** The name itself when it is a valid dotted API name; otherwise IllegalArgumentException naming it. */
  public static String require(String name) {
    if (name == null) {
      throw new IllegalArgumentException("A SOQL name is missing (null)");
    }
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      throw refused(name);
    }
    for (String segment : name.split("\\.", -1)) {
      if (!SEGMENT.matcher(segment).matches() || separators(segment) > MAX_SEPARATORS
          || RESERVED.contains(segment.toUpperCase(Locale.ROOT))) {
        throw refused(name);
      }
    }
    return name;
  }

  private static int separators(String segment) {
    int count = 0;
    for (int i = segment.indexOf("__"); i >= 0; i = segment.indexOf("__", i + 2)) {
      count++;
    }
    return count;
  }

  private static IllegalArgumentException refused(String name) {
    // Quote the name as a literal so control characters in it cannot garble logs.
    return new IllegalArgumentException("Not a valid SOQL object or field name: " + SoqlLiteral.quote(name));
  }
}
