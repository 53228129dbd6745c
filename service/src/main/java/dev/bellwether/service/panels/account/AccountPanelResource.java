package dev.bellwether.service.panels.account;

import dev.bellwether.service.canvas.CanvasContext;
import dev.bellwether.service.canvas.CanvasOrg;
import dev.bellwether.service.canvas.SignedRequestException;
import dev.bellwether.service.panels.PanelParts;
import dev.bellwether.service.panels.session.PanelSession;
import dev.bellwether.service.panels.session.PanelSessionException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /canvas/account}: the CRM posts {@code signed_request} into the panel's iframe; a
 * verified one opens a session and gets the Account panel, anything else a bare 401 and a log line
 * naming the reason. {@code GET /canvas/account/view?record=ID&s=TOKEN} renders the panel again
 * from a session token, for links inside the panel; {@code GET /canvas/account/qbr?record=ID&s=TOKEN}
 * is the printable QBR summary. A signed request with {@code parameters.view = "manager"} (the CRM
 * tab) gets the manager views instead.
 */
@Path("canvas/account")
public final class AccountPanelResource {
  private static final Logger LOG = LoggerFactory.getLogger(AccountPanelResource.class);
  static final String ACCOUNT = "Account";
  private final PanelParts parts;
  private final AccountPage page;
  private final AccountFactsReader reader;

  @Inject
  public AccountPanelResource(PanelParts parts) {
    this.parts = parts;
    this.page = new AccountPage(parts);
    this.reader = new AccountFactsReader(parts.store());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response open(@FormParam("signed_request") String signedRequest) {
    CanvasContext context;
    try {
      context = parts.verifier().verify(signedRequest);
    } catch (SignedRequestException e) {
      LOG.warn("Canvas signed request refused for the Account panel: {}", e.getMessage());
      return PanelResponses.refused(401);
    }
    List<String> ancestors = frameAncestors(context);
    if (CanvasContext.MANAGER_VIEW.equals(context.view())) {
      LOG.info("Manager views opened (org {}, user {})", context.orgId(), context.userId());
      return PanelResponses.page(200, page.managerViews(context.language(), context.locale()), ancestors);
    }
    if (!context.onRecord() || !ACCOUNT.equals(context.recordType())) {
      LOG.info("Account panel opened off an Account page (org {}, user {}, record type {})", context.orgId(),
          context.userId(), context.recordType());
      return PanelResponses.page(400, page.notAnAccount(context.language(), context.locale()), ancestors);
    }
    PanelSession session = parts.sessions().open(context, ancestors);
    return show(session, parts.sessions().token(session));
  }

  @GET
  @Path("view")
  public Response view(@QueryParam("record") String recordId, @QueryParam("s") String token) {
    PanelSession session;
    try {
      session = parts.sessions().verify(token, recordId);
    } catch (PanelSessionException e) {
      LOG.warn("Panel session refused for the Account panel: {}", e.getMessage());
      return PanelResponses.refused(401);
    }
    return show(session, token);
  }

  @GET
  @Path("qbr")
  public Response qbr(@QueryParam("record") String recordId, @QueryParam("s") String token) {
    PanelSession session;
    try {
      session = parts.sessions().verify(token, recordId);
    } catch (PanelSessionException e) {
      LOG.warn("Panel session refused for the QBR summary: {}", e.getMessage());
      return PanelResponses.refused(401);
    }
    PanelView v = page.view(session);
    Quarter q = Quarter.lastEnded(v.today());
    return facts(session, v, q).map(f -> PanelResponses.page(200, page.renderQbr(session, token, f, v, q),
        session.frameAncestors())).orElseGet(() -> PanelResponses.refused(503));
  }

  private Response show(PanelSession session, String token) {
    PanelView v = page.view(session);
    return facts(session, v, Quarter.lastEnded(v.today())).map(f -> PanelResponses.page(200,
        page.render(session, token, f, v), session.frameAncestors())).orElseGet(() -> PanelResponses.refused(503));
  }

  /** The account's facts, or empty (logged) when the store fails or the record id is unreadable. */
  private Optional<AccountFacts> facts(PanelSession session, PanelView v, Quarter q) {
    try {
      return Optional.of(reader.read(session.orgId(), session.recordId(), v.today(), q.previous().start(),
          q.start(), q.end()));
    } catch (SQLException | IllegalArgumentException e) {
      // IllegalArgumentException: a signed record id that is no CRM id, which no store lookup can serve.
      LOG.warn("Account panel: the store failed reading Account {} of org {}", session.recordId(), session.orgId(), e);
      return Optional.empty();
    }
  }

  /** The signed request's CRM origins and the org's configured extras (e.g. its Lightning domain). */
  private List<String> frameAncestors(CanvasContext context) {
    Set<String> out = new LinkedHashSet<>(context.crmOrigins());
    parts.settings().org(context.orgId()).map(CanvasOrg::frameAncestors).ifPresent(out::addAll);
    return new ArrayList<>(out);
  }
}
