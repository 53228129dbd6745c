package dev.bellwether.devorg.soql;

/**
 * A LIKE pattern compiled once: % matches any run of characters, _ exactly one, \% and \_ the
 * characters themselves. Matching ignores case, as in Salesforce, and allocates nothing per row.
 */
final class LikePattern {
  private static final char ANY = '\uE000';
  private static final char ONE = '\uE001';
  /** Lower-cased pattern with wildcards replaced by private-use marker characters. */
  private final char[] pattern;

  private LikePattern(char[] pattern) {
    this.pattern = pattern;
  }

  /** Compiles the body of a string literal as written, so escaped wildcards stay literal. */
  static LikePattern compile(String quotedLiteral) {
    String body = quotedLiteral.substring(1, quotedLiteral.length() - 1);
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        out.append(Character.toLowerCase((char) Lexer.unescape(body.charAt(++i))));
      } else if (c == '%') {
        out.append(ANY);
      } else if (c == '_') {
        out.append(ONE);
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return new LikePattern(out.toString().toCharArray());
  }

  /** Classic wildcard matching with backtracking to the last %, linear in practice. */
  boolean matches(String s) {
    int si = 0;
    int pi = 0;
    int starP = -1;
    int starS = 0;
    while (si < s.length()) {
      if (pi < pattern.length && pattern[pi] != ANY
          && (pattern[pi] == ONE || sameIgnoringCase(pattern[pi], s.charAt(si)))) {
        si++;
        pi++;
      } else if (pi < pattern.length && pattern[pi] == ANY) {
        starP = pi++;
        starS = si;
      } else if (starP >= 0) {
        pi = starP + 1;
        si = ++starS;
      } else {
        return false;
      }
    }
    while (pi < pattern.length && pattern[pi] == ANY) {
      pi++;
    }
    return pi == pattern.length;
  }

  private static boolean sameIgnoringCase(char lowerPattern, char c) {
    return lowerPattern == c || lowerPattern == Character.toLowerCase(c);
  }
}
