package dev.bellwether.devorg.canvas;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** HTTP responses of the browser pages: HTML that is never cached, redirects, the login bounce. */
public final class PageResponses {
  static final String HTML = "text/html;charset=UTF-8";

  private PageResponses() {}

  /** An HTML page; no-store because record pages carry fresh session tokens for Canvas apps. */
  public static Response html(int status, String html, String setCookie) {
    Response.ResponseBuilder r = Response.status(status).type(HTML).entity(html)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (setCookie != null) {
      r.header(HttpHeaders.SET_COOKIE, setCookie);
    }
    return r.build();
  }

  /** A 302 to a path on this org, as Salesforce's pages redirect. */
  public static Response redirect(String path, String setCookie) {
    Response.ResponseBuilder r = Response.status(Response.Status.FOUND).location(URI.create(path))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (setCookie != null) {
      r.header(HttpHeaders.SET_COOKIE, setCookie);
    }
    return r.build();
  }

  /** Sends a visitor without a session to the login page, to come back here afterwards. */
  public static Response toLogin(UriInfo uri) {
    String back = "/" + uri.getPath(false);
    String query = withoutSid(uri.getRequestUri().getRawQuery());
    if (query != null) {
      back += "?" + query;
    }
    return redirect("/?startURL=" + Html.query(back), null);
  }

  /** A raw query string without its sid parameter (a dead token must not travel on). */
  static String withoutSid(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String part : rawQuery.split("&")) {
      if (part.equals("sid") || part.startsWith("sid=") || part.isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "&").append(part);
    }
    return out.length() == 0 ? null : out.toString();
  }
}
