package dev.bellwether.devorg.metadata.deploy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a multipart/form-data body into its named parts, byte-exact (a part may be a zip).
 * Small on purpose: the REST deploy is the only multipart request devorg takes, and Jersey's
 * multipart module is not a dependency.
 */
final class MultipartForm {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*?\\bname=\"([^\"]*)\"");

  private MultipartForm() {}

  /** The parts by name; throws IllegalArgumentException naming what is malformed. */
  static Map<String, byte[]> parse(byte[] body, String contentType) {
    Matcher b = BOUNDARY.matcher(contentType == null ? "" : contentType);
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
        || !b.find()) {
      throw new IllegalArgumentException("expected multipart/form-data with a boundary, got "
          + contentType);
    }
    byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      int next = indexOf(body, delimiter, start);
      if (headersEnd < 0 || next < 0 || headersEnd > next) {
        throw new IllegalArgumentException("a multipart part has no header end or no closing boundary");
      }
      String headers = new String(body, start, headersEnd - start, StandardCharsets.ISO_8859_1);
      int contentEnd = next - 2; // the CRLF before the next delimiter belongs to it
      Matcher name = NAME.matcher(headers);
      if (name.find()) {
        byte[] content = new byte[Math.max(0, contentEnd - (headersEnd + 4))];
        System.arraycopy(body, headersEnd + 4, content, 0, content.length);
        parts.put(name.group(1), content);
      }
      at = next;
    }
    return parts;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
