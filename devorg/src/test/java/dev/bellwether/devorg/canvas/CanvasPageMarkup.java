package dev.bellwether.devorg.canvas;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Canvas form of a record page the way a browser would see it. */
final class CanvasPageMarkup {
  private static final Pattern FORM = Pattern.compile(
      "<form id=\"(canvas-form-\\d+)\" class=\"canvas-form\" method=\"([^\"]+)\" action=\"([^\"]+)\""
          + " target=\"([^\"]+)\" enctype=\"([^\"]+)\"><input type=\"hidden\" name=\"signed_request\""
          + " value=\"([^\"]+)\"></form>");

  /** One form: where it posts, into which frame, and the signed request it carries. */
  record CanvasForm(String id, String method, String action, String target, String enctype,
      String signedRequest) {}

  private CanvasPageMarkup() {}

  /** The n-th (0-based) Canvas form of a page. */
  static CanvasForm form(String html, int n) {
    Matcher m = FORM.matcher(html);
    for (int i = 0; i <= n; i++) {
      if (!m.find()) {
        throw new AssertionError("page has no canvas form #" + n);
      }
    }
    return new CanvasForm(m.group(1), m.group(2), unescape(m.group(3)), m.group(4), m.group(5),
        unescape(m.group(6)));
  }

  static int formCount(String html) {
    Matcher m = FORM.matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
