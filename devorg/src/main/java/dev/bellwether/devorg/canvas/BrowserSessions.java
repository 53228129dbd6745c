package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.org.Org;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * The devorg "browser session": a {@code sid} cookie holding an org session, as Salesforce's
 * UI keeps it. An API access token given as {@code ?sid=} (or to frontdoor.jsp) is exchanged
 * for a separate UI session, so logging out of the page never kills a script's token.
 */
public final class BrowserSessions {
  /** Salesforce's UI session cookie name. */
  public static final String COOKIE = "sid";
  /** The client id UI sessions are opened under (they belong to no connected app). */
  public static final String UI_CLIENT_ID = "devorg-ui";
  private final Org org;

  public BrowserSessions(Org org) {
    this.org = org;
  }

  /** Who is looking at a page, and the cookie to set when the session is new. */
  public record Visitor(Session session, String setCookie) {}

  /**
   * The visitor of a request: a valid {@code ?sid=} token wins (exchanged for a UI session),
   * then the {@code sid} cookie; empty means "send to the login page".
   */
  public Optional<Visitor> visitor(HttpHeaders headers, String sidParam) {
    Optional<Session> fromCookie = fromCookie(headers);
    if (sidParam != null && !sidParam.isBlank()) {
      Optional<Session> token = org.sessions().find(sidParam.trim());
      if (token.isPresent()) {
        if (fromCookie.isPresent() && fromCookie.get().userId().equals(token.get().userId())) {
          return Optional.of(new Visitor(fromCookie.get(), null));
        }
        Session ui = open(token.get().userId());
        return Optional.of(new Visitor(ui, cookie(ui)));
      }
    }
    return fromCookie.map(s -> new Visitor(s, null));
  }

  /** The session of the sid cookie, if it is still valid. */
  public Optional<Session> fromCookie(HttpHeaders headers) {
    Cookie c = headers.getCookies().get(COOKIE);
    return c == null ? Optional.empty() : org.sessions().find(c.getValue());
  }

  /** Opens a UI session for a user. */
  public Session open(String userId) {
    return org.sessions().open(org.id(), userId, UI_CLIENT_ID);
  }

  /** The Set-Cookie value for a UI session; HttpOnly so page scripts never see the token. */
  public static String cookie(Session s) {
    return COOKIE + "=" + s.token() + "; Path=/; HttpOnly; SameSite=Lax";
  }

  /** The Set-Cookie value that forgets the UI session. */
  public static String clearedCookie() {
    return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
  }

  /**
   * A return URL (retURL, startURL) if it stays on this org: a path, never "//host" or a full
   * URL, so frontdoor.jsp cannot be used to bounce a session somewhere else.
   */
  public static String safeReturnPath(String url, String fallback) {
    if (url == null || url.isBlank()) {
      return fallback;
    }
    String u = url.trim();
    if (!u.startsWith("/") || u.startsWith("//") || u.startsWith("/\\") || u.contains("\r")
        || u.contains("\n")) {
      return fallback;
    }
    return u;
  }
}
