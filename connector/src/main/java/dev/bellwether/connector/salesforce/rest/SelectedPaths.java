package dev.bellwether.connector.salesforce.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain field paths of a SOQL select list ("Id", "Owner.Name"), read so that a record whose
 * relationship is null can still report its dotted fields as empty: REST sends only "Owner": null
 * and never names the fields behind it. Items that are not plain paths (sub-queries, functions,
 * aliases, TYPEOF) are left out; a missing path only means "absent" rather than "empty".
 */
final class SelectedPaths {
  private SelectedPaths() {}

  /** The select list's plain paths as written (possibly namespaced); empty when unreadable. */
  static List<String> of(String soql) {
    String select = selectList(soql);
    List<String> paths = new ArrayList<>();
    if (select == null) {
      return paths;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= select.length(); i++) {
      char c = i < select.length() ? select.charAt(i) : ',';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String item = select.substring(start, i).trim();
        if (item.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*")) {
          paths.add(item);
        }
        start = i + 1;
      }
    }
    return paths;
  }

  /** The text between SELECT and the FROM at parenthesis depth 0, or null. */
  private static String selectList(String soql) {
    String upper = soql.toUpperCase(Locale.ROOT);
    int select = wordAt(upper, "SELECT", 0);
    if (select < 0) {
      return null;
    }
    int from = select + "SELECT".length();
    int depth = 0;
    boolean quoted = false;
    for (int i = from; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '\'') {
          quoted = false;
        }
      } else if (c == '\'') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && isWordAt(upper, "FROM", i)) {
        return soql.substring(from, i);
      }
    }
    return null;
  }

  /** The index of {@code word} as a whole word at or after {@code from}, or -1. */
  private static int wordAt(String text, String word, int from) {
    for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
      if (isWordAt(text, word, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code word} stands at {@code i} as a whole word. */
  private static boolean isWordAt(String text, String word, int i) {
    if (!text.startsWith(word, i)) {
      return false;
    }
    int end = i + word.length();
    return (i == 0 || !isWordChar(text.charAt(i - 1)))
        && (end >= text.length() || !isWordChar(text.charAt(end)));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
