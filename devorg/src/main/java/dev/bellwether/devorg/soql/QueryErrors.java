package dev.bellwether.devorg.soql;

/**
 * Builds the errors of one query text with Salesforce's wording and caret layout, so every
 * check elsewhere only says what is wrong and where.
 */
final class QueryErrors {
  static final String MALFORMED_QUERY = "MALFORMED_QUERY";
  static final String INVALID_FIELD = "INVALID_FIELD";
  static final String INVALID_TYPE = "INVALID_TYPE";
  static final String INVALID_OPERATOR = "INVALID_QUERY_FILTER_OPERATOR";
  static final String OUT_OF_RANGE = "NUMBER_OUTSIDE_VALID_RANGE";
  /** Salesforce echoes about this many characters either side of the error, whole tokens only. */
  private static final int WINDOW = 30;

  private final String soql;

  QueryErrors(String soql) {
    this.soql = soql;
  }

  SoqlException at(String code, Token where, String detail) {
    return at(code, where.offset(), detail);
  }

  SoqlException at(String code, int offset, String detail) {
    int lineStart = offset == 0 ? 0 : soql.lastIndexOf('\n', offset - 1) + 1;
    int row = 1;
    for (int i = 0; i < lineStart; i++) {
      if (soql.charAt(i) == '\n') {
        row++;
      }
    }
    int lineEnd = soql.indexOf('\n', lineStart);
    String line = soql.substring(lineStart, lineEnd < 0 ? soql.length() : lineEnd);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    int col = offset - lineStart;
    int from = windowStart(line, col - WINDOW);
    int to = Math.max(from, windowEnd(line, col + WINDOW));
    String message = "\n" + line.substring(from, to) + "\n" + " ".repeat(Math.max(0, col - from))
        + "^\nERROR at Row:" + row + ":Column:" + (col + 1) + "\n" + detail;
    return new SoqlException(code, message, detail, row, col + 1);
  }

  SoqlException unexpected(Token t) {
    if (t.kind() == Token.Kind.ERROR) {
      return at(MALFORMED_QUERY, t, (String) t.value());
    }
    return at(MALFORMED_QUERY, t, "unexpected token: " + t.describe());
  }

  SoqlException malformed(Token t, String detail) {
    return at(MALFORMED_QUERY, t, detail);
  }

  SoqlException invalidType(Token object) {
    return at(INVALID_TYPE, object, "sObject type '" + object.text() + "' is not supported. If you are"
        + " attempting to use a custom object, be sure to append the '__c' after the entity name."
        + " Please reference your WSDL or the describe call for the appropriate names.");
  }

  SoqlException noSuchColumn(Token at, String field, String entity) {
    return at(INVALID_FIELD, at, "No such column '" + field + "' on entity '" + entity + "'. If you are"
        + " attempting to use a custom field, be sure to append the '__c' after the custom field name."
        + " Please reference your WSDL or the describe call for the appropriate names.");
  }

  SoqlException unknownRelationship(Token at, String relationship) {
    return at(INVALID_FIELD, at, "Didn't understand relationship '" + relationship + "' in field path."
        + " If you are attempting to use a custom relationship, be sure to append the '__r' after the"
        + " custom relationship name. Please reference your WSDL or the describe call for the"
        + " appropriate names.");
  }

  SoqlException notGrouped(Token at, String field) {
    return at(MALFORMED_QUERY, at, "Field must be grouped or aggregated: " + field);
  }

  SoqlException filterType(Token at, String field, ValueKind kind) {
    boolean quoted = kind == ValueKind.TEXT || kind == ValueKind.ID;
    return at(INVALID_FIELD, at, "value of filter criterion for field '" + field + "' must be of type "
        + kind.soqlName() + " and should " + (quoted ? "" : "not ") + "be enclosed in quotes");
  }

  SoqlException cannot(Token at, String field, String what) {
    return at(INVALID_FIELD, at, "field '" + field + "' can not be " + what + " in a query call");
  }

  /** Start of the first token ending after p, so the echo never starts mid-token. */
  private static int windowStart(String line, int p) {
    if (p <= 0) {
      return 0;
    }
    int i = 0;
    while (i < line.length()) {
      if (Character.isWhitespace(line.charAt(i))) {
        i++;
        continue;
      }
      int end = chunkEnd(line, i);
      if (end > p) {
        return i;
      }
      i = end;
    }
    return Math.min(p, line.length());
  }

  /** End of the last token starting at or before q, so the echo never ends mid-token. */
  private static int windowEnd(String line, int q) {
    if (q >= line.length()) {
      return line.length();
    }
    int i = 0;
    int lastEnd = Math.max(0, q);
    while (i <= q) {
      if (Character.isWhitespace(line.charAt(i))) {
        i++;
        continue;
      }
      lastEnd = chunkEnd(line, i);
      i = lastEnd;
    }
    return lastEnd;
  }

  /** A quoted string, a run of name characters (Account.Owner.Name, 2025-01-02), or one symbol. */
  private static int chunkEnd(String line, int i) {
    char c = line.charAt(i);
    if (c == '\'') {
      int j = i + 1;
      while (j < line.length() && line.charAt(j) != '\'') {
        j += line.charAt(j) == '\\' ? 2 : 1;
      }
      return Math.min(line.length(), j + 1);
    }
    if (isNameChar(c)) {
      int j = i;
      while (j < line.length() && isNameChar(line.charAt(j))) {
        j++;
      }
      return j;
    }
    return i + 1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-';
  }
}
