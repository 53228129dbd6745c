package dev.bellwether.devorg.soql;

/**
 * One lexical token of a query and where it starts in the query text.
 *
 * @param text the token exactly as written (a string literal keeps its quotes)
 * @param value the decoded value: String for STRING, BigDecimal for NUMBER, LocalDate for DATE,
 *     Instant for DATETIME, the error message for ERROR, otherwise null
 */
record Token(Kind kind, String text, int offset, Object value) {

  /** What a token is; keywords are plain identifiers because SOQL keywords are contextual. */
  enum Kind { IDENT, STRING, NUMBER, DATE, DATETIME, COMMA, DOT, LPAREN, RPAREN, COLON, OPERATOR, ERROR, EOF }

  /** True for an identifier spelled like this keyword, in any case. */
  boolean is(String keyword) {
    return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** The token as Salesforce names it in "unexpected token" messages. */
  String describe() {
    return kind == Kind.EOF ? "<EOF>" : "'" + text + "'";
  }
}
