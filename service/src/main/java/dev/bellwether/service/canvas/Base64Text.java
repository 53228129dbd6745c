package dev.bellwether.service.canvas;

import java.util.Base64;
import java.util.Optional;

/**
 * Decodes base64 in either alphabet, padded or not: Salesforce's docs show standard base64 while
 * its SDK decodes both, so a verifier must accept both (wire notes §3.1). A text mixing the two
 * alphabets is refused rather than guessed at.
 */
final class Base64Text {
  private Base64Text() {}

  static Optional<byte[]> decode(String text) {
    boolean standard = text.indexOf('+') >= 0 || text.indexOf('/') >= 0;
    boolean urlSafe = text.indexOf('-') >= 0 || text.indexOf('_') >= 0;
    if (text.isEmpty() || (standard && urlSafe)) {
      return Optional.empty();
    }
    try {
      // Both JDK decoders accept missing padding and refuse characters outside their alphabet.
      return Optional.of(urlSafe ? Base64.getUrlDecoder().decode(text) : Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
