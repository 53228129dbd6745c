package dev.bellwether.devorg.canvas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for text put into HTML; every value that reaches a page passes through here. */
public final class Html {
  private Html() {}

  /** Escapes text for element content and quoted attribute values; null becomes "". */
  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }

  /** Encodes a query parameter value. */
  public static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The record page path of a record, as Lightning Experience links it. */
  public static String recordPath(String type, String id) {
    return "/lightning/r/" + type + "/" + id + "/view";
  }

  /** The page of a Lightning tab, /lightning/n/{tab} as Salesforce names them. */
  public static String tabPath(String tabName) {
    return "/lightning/n/" + tabName;
  }
}
