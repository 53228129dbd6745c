package dev.bellwether.devorg.store;

/** Salesforce record ids: 15-character case-sensitive form and 18-character case-safe form. */
public final class Ids {
  private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Ids() {}

  /** Appends the three-character case-safe suffix to a 15-character id. */
  public static String caseSafe(String id15) {
    StringBuilder out = new StringBuilder(18).append(id15);
    for (int chunk = 0; chunk < 3; chunk++) {
      int bits = 0;
      for (int i = 0; i < 5; i++) {
        char c = id15.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          bits |= 1 << i;
        }
      }
      out.append(SUFFIX_CHARS.charAt(bits));
    }
    return out.toString();
  }

  /**
   * The 18-character form of a 15- or 18-character id, or null when the text is not a
   * well-formed id (wrong length, characters, or a suffix that does not match).
   */
  public static String normalize(String id) {
    if (id == null || (id.length() != 15 && id.length() != 18)) {
      return null;
    }
    for (int i = 0; i < 15; i++) {
      if (BASE62.indexOf(id.charAt(i)) < 0) {
        return null;
      }
    }
    String full = caseSafe(id.substring(0, 15));
    if (id.length() == 18 && !full.substring(15).equalsIgnoreCase(id.substring(15))) {
      return null;
    }
    return full;
  }

  /** The id with this key prefix and sequence number, e.g. ("001", 1) → 001000000000001AAA. */
  public static String of(String keyPrefix, long sequence) {
    StringBuilder digits = new StringBuilder();
    long n = sequence;
    do {
      digits.append(BASE62.charAt((int) (n % 62)));
      n /= 62;
    } while (n > 0);
    if (digits.length() > 12) {
      throw new IllegalStateException("id sequence exhausted for prefix " + keyPrefix);
    }
    StringBuilder id15 = new StringBuilder(keyPrefix);
    for (int i = digits.length(); i < 12; i++) {
      id15.append('0');
    }
    id15.append(digits.reverse());
    return caseSafe(id15.toString());
  }

  /** The sequence number encoded in an id made by {@link #of}. */
  public static long sequenceOf(String id) {
    long n = 0;
    for (int i = 3; i < 15; i++) {
      n = n * 62 + BASE62.indexOf(id.charAt(i));
    }
    return n;
  }
}
