package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.auth.ConnectedApp;
import dev.bellwether.devorg.org.CanvasTab;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lightning Experience look-alike pages: home (recent Accounts), object list views, record
 * pages with their Canvas apps, and Canvas tabs. Every page takes the sid cookie or a ?sid= access token.
 */
@Path("lightning")
public final class LightningResource {
  private static final int HOME_ROWS = 25;
  private static final int LIST_ROWS = 50;
  private final Org org;
  private final BrowserSessions sessions;
  private final SignedRequestSigner signer;

  @Inject
  public LightningResource(Org org) {
    this.org = org;
    this.sessions = new BrowserSessions(org);
    this.signer = new SignedRequestSigner(org);
  }

  @GET
  @Path("page/home")
  @Produces(MediaType.TEXT_HTML)
  public Response home(@QueryParam("sid") String sid, @Context HttpHeaders headers, @Context UriInfo uri) {
    return withViewer(sid, headers, uri, (viewer, cookie) -> {
      ObjectDef account = org.schema().object("Account").orElseThrow();
      FieldFormatter format = formatter(viewer);
      StringBuilder body = new StringBuilder();
      body.append("<section class=\"card\"><header class=\"card-header\">")
          .append(RecordPage.icon(account, false)).append("<h2>Recent Accounts</h2></header>")
          .append(new ListTable(format).html(account, recent(account, HOME_ROWS),
              account.field("OwnerId").map(List::of).orElse(List.of())))
          .append("</section>");
      body.append(canvasAppsCard());
      return PageResponses.html(200, PageShell.page("Home", "Home", org.name(), viewer, body.toString()), cookie);
    });
  }

  @GET
  @Path("o/{type}/list")
  @Produces(MediaType.TEXT_HTML)
  public Response list(@PathParam("type") String typeName, @QueryParam("sid") String sid,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    return withViewer(sid, headers, uri, (viewer, cookie) -> {
      Optional<ObjectDef> type = org.schema().object(typeName);
      if (type.isEmpty()) {
        return notFound(viewer, cookie, "This page isn't available",
            "There is no object named \"" + typeName + "\" in this org.");
      }
      ObjectDef t = type.get();
      String body = "<section class=\"card\"><header class=\"card-header\">" + RecordPage.icon(t, false)
          + "<h2>Recently Modified " + Html.esc(t.labelPlural()) + "</h2></header>"
          + new ListTable(formatter(viewer)).html(t, recent(t, LIST_ROWS), List.of()) + "</section>";
      return PageResponses.html(200, PageShell.page(t.labelPlural(), t.name(), org.name(), viewer, body), cookie);
    });
  }

  @GET
  @Path("r/{type}/{id}/view")
  @Produces(MediaType.TEXT_HTML)
  public Response view(@PathParam("type") String typeName, @PathParam("id") String id,
      @QueryParam("sid") String sid, @Context HttpHeaders headers, @Context UriInfo uri) {
    return withViewer(sid, headers, uri, (viewer, cookie) -> {
      Optional<ObjectDef> type = org.schema().object(typeName);
      Optional<StoredRecord> record = org.store().find(id)
          .filter(r -> !r.deleted() && type.isPresent() && r.type().name().equals(type.get().name()));
      if (record.isEmpty()) {
        return notFound(viewer, cookie, "Record not found",
            "The record you're trying to view doesn't exist or has been deleted.");
      }
      return recordPage(viewer, record.get(), cookie);
    });
  }

  /** Lightning also accepts record URLs without the object name. */
  @GET
  @Path("r/{id}/view")
  @Produces(MediaType.TEXT_HTML)
  public Response viewById(@PathParam("id") String id, @QueryParam("sid") String sid,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    return withViewer(sid, headers, uri, (viewer, cookie) -> {
      Optional<StoredRecord> record = org.store().find(id).filter(r -> !r.deleted());
      if (record.isEmpty()) {
        return notFound(viewer, cookie, "Record not found",
            "The record you're trying to view doesn't exist or has been deleted.");
      }
      return recordPage(viewer, record.get(), cookie);
    });
  }

  /**
   * A Canvas tab (a CustomTab whose Aura component embeds force:canvasApp): its app in a
   * full-width card, signed with the tab component's parameters and no record.
   */
  @GET
  @Path("n/{tab}")
  @Produces(MediaType.TEXT_HTML)
  public Response tab(@PathParam("tab") String tabName, @QueryParam("sid") String sid,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    return withViewer(sid, headers, uri, (viewer, cookie) -> {
      Optional<CanvasTab> tab = org.canvasTabs().byName(tabName);
      if (tab.isEmpty()) {
        return notFound(viewer, cookie, "This page isn't available",
            "There is no tab named \"" + tabName + "\" in this org.");
      }
      String developerName = tab.get().developerName();
      Optional<CanvasAppProfile> app = org.apps().canvasApps().stream().map(CanvasAppProfile::of)
          .filter(p -> p.developerName().equals(developerName)).findFirst();
      String body = app.isPresent()
          ? CanvasFrames.card(app.get(), signer.signedRequestForTab(app.get(), viewer, tab.get()), 0)
          : "<section class=\"card message\"><h1>" + Html.esc(tab.get().label()) + "</h1><p>"
              + Html.esc("This tab shows the Canvas app " + developerName + ", which this org does"
                  + " not have. Deploy its connected app (scripts/install-package --canvas-url URL)"
                  + " or register it with POST /devorg/admin/canvas-apps.") + "</p></section>";
      return PageResponses.html(200, PageShell.page(tab.get().label(), tab.get().name(), org.name(),
          viewer, body), cookie);
    });
  }

  private Response recordPage(StoredRecord viewer, StoredRecord record, String cookie) {
    List<String> cards = new ArrayList<>();
    List<ConnectedApp> apps = org.apps().canvasApps();
    for (int i = 0; i < apps.size(); i++) {
      CanvasAppProfile app = CanvasAppProfile.of(apps.get(i));
      cards.add(CanvasFrames.card(app, signer.signedRequestFor(app, viewer, record), i));
    }
    RecordPage page = new RecordPage(formatter(viewer));
    String body = page.body(record, new RelatedLists(org.schema(), org.store()).of(record), cards);
    String title = RecordNames.nameOf(record) + " | " + record.type().label();
    return PageResponses.html(200, PageShell.page(title, record.type().name(), org.name(), viewer, body), cookie);
  }

  /** What a page does once it knows who is looking. */
  private interface PageBody {
    Response render(StoredRecord viewer, String setCookie);
  }

  private Response withViewer(String sid, HttpHeaders headers, UriInfo uri, PageBody page) {
    Optional<BrowserSessions.Visitor> visitor = sessions.visitor(headers, sid);
    Optional<StoredRecord> viewer = visitor.flatMap(v -> org.user(v.session().userId()));
    if (viewer.isEmpty()) {
      return PageResponses.toLogin(uri);
    }
    return page.render(viewer.get(), visitor.get().setCookie());
  }

  private Response notFound(StoredRecord viewer, String cookie, String heading, String text) {
    String body = "<section class=\"card message\"><h1>" + Html.esc(heading) + "</h1><p>" + Html.esc(text)
        + "</p><p><a href=\"" + LoginResource.HOME + "\">Go to Home</a></p></section>";
    return PageResponses.html(404, PageShell.page(heading, "", org.name(), viewer, body), cookie);
  }

  private String canvasAppsCard() {
    StringBuilder b = new StringBuilder("<section class=\"card\"><header class=\"card-header\">"
        + "<span class=\"icon icon-canvas\">&#9638;</span><h2>Canvas Apps</h2></header><div class=\"card-body\">");
    List<ConnectedApp> apps = org.apps().canvasApps();
    if (apps.isEmpty()) {
      b.append("<p class=\"no-canvas\">No Canvas apps yet. Register one with POST /devorg/admin/canvas-apps;"
          + " it then shows on every record page.</p>");
    } else {
      b.append("<ul>");
      for (ConnectedApp a : apps) {
        b.append("<li><strong>").append(Html.esc(a.name())).append("</strong> &rarr; ")
            .append(Html.esc(a.canvasUrl())).append("</li>");
      }
      b.append("</ul>");
    }
    List<CanvasTab> tabs = org.canvasTabs().all();
    if (!tabs.isEmpty()) {
      b.append("<h3 class=\"section-title\">Canvas Tabs</h3><ul class=\"canvas-tabs\">");
      for (CanvasTab t : tabs) {
        b.append("<li><a href=\"").append(Html.esc(Html.tabPath(t.name()))).append("\">")
            .append(Html.esc(t.label())).append("</a> &rarr; ").append(Html.esc(t.developerName()))
            .append("</li>");
      }
      b.append("</ul>");
    }
    return b.append("</div></section>").toString();
  }

  private List<StoredRecord> recent(ObjectDef type, int max) {
    List<StoredRecord> rows = new ArrayList<>(org.store().scan(type, false));
    rows.sort(Comparator.comparing((StoredRecord r) -> instant(r.get("LastModifiedDate"))).reversed()
        .thenComparing(StoredRecord::id));
    return rows.subList(0, Math.min(max, rows.size()));
  }

  private static Instant instant(Object value) {
    return value instanceof Instant i ? i : Instant.EPOCH;
  }

  private FieldFormatter formatter(StoredRecord viewer) {
    ZoneId zone = org.timeZone();
    Object tz = viewer.get("TimeZoneSidKey");
    if (tz != null) {
      try {
        zone = ZoneId.of(tz.toString());
      } catch (DateTimeException e) {
        // A time zone Java does not know: keep the org's, as Salesforce falls back to it.
      }
    }
    return new FieldFormatter(org.store(), zone);
  }
}
