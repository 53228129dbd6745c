package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.auth.Session;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * How a browser gets a devorg session: the login form at /, Salesforce's frontdoor.jsp (an
 * access token in, a UI session cookie and a redirect out) and logout.jsp.
 */
@Path("/")
public final class LoginResource {
  /** Where a login lands when no startURL was given. */
  public static final String HOME = "/lightning/page/home";
  /** Salesforce's wording for a failed login. */
  static final String LOGIN_FAILED = "Please check your username and password. If you still can't log in,"
      + " contact your Salesforce administrator.";
  private final Org org;
  private final BrowserSessions sessions;

  @Inject
  public LoginResource(Org org) {
    this.org = org;
    this.sessions = new BrowserSessions(org);
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response loginPage(@QueryParam("startURL") String startUrl, @Context HttpHeaders headers) {
    String target = BrowserSessions.safeReturnPath(startUrl, HOME);
    if (sessions.fromCookie(headers).isPresent()) {
      return PageResponses.redirect(target, null);
    }
    return PageResponses.html(200, PageShell.login(org.name(), null, "", target), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response login(@FormParam("username") String username, @FormParam("pw") String password,
      @FormParam("startURL") String startUrl) {
    String target = BrowserSessions.safeReturnPath(startUrl, HOME);
    Optional<StoredRecord> user = org.userByUsername(username == null ? "" : username.trim());
    if (user.isEmpty() || !org.credentials().matches(user.get().id(), password)
        || Boolean.FALSE.equals(user.get().get("IsActive"))) {
      return PageResponses.html(200, PageShell.login(org.name(), LOGIN_FAILED,
          username == null ? "" : username, target), null);
    }
    Session s = sessions.open(user.get().id());
    return PageResponses.redirect(target, BrowserSessions.cookie(s));
  }

  /** Salesforce's one-click login: a valid access token becomes a UI session, then retURL. */
  @GET
  @Path("secur/frontdoor.jsp")
  @Produces(MediaType.TEXT_HTML)
  public Response frontdoor(@QueryParam("sid") String sid, @QueryParam("retURL") String retUrl) {
    String target = BrowserSessions.safeReturnPath(retUrl, HOME);
    Optional<Session> token = org.sessions().find(sid);
    if (token.isEmpty() || org.user(token.get().userId()).isEmpty()) {
      return PageResponses.redirect("/?startURL=" + Html.query(target), null);
    }
    Session ui = sessions.open(token.get().userId());
    return PageResponses.redirect(target, BrowserSessions.cookie(ui));
  }

  @GET
  @Path("secur/logout.jsp")
  @Produces(MediaType.TEXT_HTML)
  public Response logout(@Context HttpHeaders headers) {
    sessions.fromCookie(headers).ifPresent(s -> org.sessions().revoke(s.token()));
    return PageResponses.redirect("/", BrowserSessions.clearedCookie());
  }
}
