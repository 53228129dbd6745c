package dev.bellwether.service.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Ids for lines that carry none (the demo seed's files do not), derived from the line's natural key
 * so that ingesting the same file again finds the same ids:
 * <ul>
 *   <li>weekly rollup: account, week start, feature;
 *   <li>milestone: account, event (a milestone is reached once; the first day is kept);
 *   <li>single event: account, user, feature, instant (or day);
 *   <li>survey answer: account, contact, survey, answered at.
 * </ul>
 * The id is the kind, the line's day (yyyymmdd; milestones have none in their key), the account and
 * the first 96 bits of the SHA-256 of every part of the key (normalised: days and instants in ISO
 * form, survey in lower case), base64url, joined by colons: e.g.
 * {@code weekly:20240304:001A:3q2-7wAAAAC6yqSd}. The day and account lead so that a file in time
 * order appends to the end of the primary key's B-tree instead of landing all over it (a hash-first
 * id costs a cache miss per line on a table of millions); the hash keeps two keys that differ only
 * in the other parts apart. At most about a hundred characters (the account has at most 64). Ids
 * derived by earlier versions (kind and hash only) differ: a file stored with them and sent again is
 * stored again. Not thread-safe: one per ingest run.
 */
final class DerivedIds {
  private static final byte SEPARATOR = 0x1f;
  private static final byte ABSENT = 0x00;
  private static final int HASH_BYTES = 12;

  private final MessageDigest sha256;
  private final Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
  private final StringBuilder id = new StringBuilder(64);

  DerivedIds() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The id of a line of {@code kind} on {@code day} (null when the key has no day) for
   * {@code account}, whose natural key is the account, the day and {@code parts} (null parts allowed).
   */
  String of(String kind, LocalDate day, String account, String... parts) {
    sha256.reset();
    update(account);
    update(day == null ? null : day.toString());
    for (String part : parts) {
      update(part);
    }
    byte[] digest = sha256.digest();
    byte[] head = new byte[HASH_BYTES];
    System.arraycopy(digest, 0, head, 0, HASH_BYTES);
    id.setLength(0);
    id.append(kind).append(':');
    if (day != null) {
      // yyyymmdd sorts as the day does for years 0-9999; another year (an instant may hold one) only
      // loses the order, the hash still tells the keys apart.
      int year = day.getYear();
      if (year >= 0 && year < 1000) {
        id.append(year < 10 ? "000" : year < 100 ? "00" : "0");
      }
      int month = day.getMonthValue();
      int dayOfMonth = day.getDayOfMonth();
      id.append(year).append((char) ('0' + month / 10)).append((char) ('0' + month % 10))
          .append((char) ('0' + dayOfMonth / 10)).append((char) ('0' + dayOfMonth % 10)).append(':');
    }
    return id.append(account).append(':').append(base64.encodeToString(head)).toString();
  }

  private void update(String part) {
    if (part == null) {
      sha256.update(ABSENT);
    } else {
      sha256.update(part.getBytes(StandardCharsets.UTF_8));
    }
    sha256.update(SEPARATOR);
  }
}
