package dev.bellwether.service.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * The id is the kind, a colon and the first 128 bits of the SHA-256 of the key's parts (normalised:
 * days and instants in ISO form, survey in lower case), base64url: e.g.
 * {@code weekly:3q2-7wAAAAC6yqSdQk1bCg}. Not thread-safe: one per ingest run.
 */
final class DerivedIds {
  private static final byte SEPARATOR = 0x1f;
  private static final byte ABSENT = 0x00;

  private final MessageDigest sha256;

  DerivedIds() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The id of a line of {@code kind} whose natural key is {@code parts} (null parts allowed). */
  String of(String kind, String... parts) {
    sha256.reset();
    for (String part : parts) {
      if (part == null) {
        sha256.update(ABSENT);
      } else {
        sha256.update(part.getBytes(StandardCharsets.UTF_8));
      }
      sha256.update(SEPARATOR);
    }
    byte[] digest = sha256.digest();
    byte[] half = new byte[16];
    System.arraycopy(digest, 0, half, 0, 16);
    return kind + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(half);
  }
}
