package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.org.CanvasTab;
import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.store.StoredRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the CanvasRequest envelope (algorithm, issuedAt, userId, client, context) that a
 * record page signs for each Canvas app, in the shape of wire notes §3.1.
 */
public final class CanvasRequestBuilder {
  /** The API version the page reports; links and record URLs use it. */
  public static final String API_VERSION = "64.0";
  /** API 64.0 shipped in Summer '25; the SDK pairs season and api (SUMMER/31.0 in its example). */
  public static final String SEASON = "SUMMER";
  /**
   * A canvas app placed on the Account page layout. That placement is the one for which
   * Salesforce fills environment.record by itself (Aura-hosted apps only get parameters).
   */
  public static final String DISPLAY_LOCATION = "PageLayout";
  /**
   * A canvas app inside an Aura component (force:canvasApp) on a tab page. [inference]
   * Salesforce's list of display locations predates Aura hosting; "Aura" is the value of the
   * connected app's location option for it.
   */
  public static final String TAB_DISPLAY_LOCATION = "Aura";
  private static final String REST = "/services/data/v" + API_VERSION + "/";
  private final Org org;

  public CanvasRequestBuilder(Org org) {
    this.org = org;
  }

  /**
   * The envelope for a user viewing a record through an app.
   *
   * @param oauthToken a session opened for the viewer on the app's behalf
   */
  public Map<String, Object> build(CanvasAppProfile app, StoredRecord viewer, StoredRecord record,
      String oauthToken, Instant issuedAt) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("algorithm", SignedRequestSigner.ALGORITHM);
    out.put("issuedAt", issuedAt.getEpochSecond());
    out.put("userId", viewer.id());
    out.put("client", client(app, oauthToken));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("user", user(viewer));
    context.put("links", links(viewer));
    context.put("application", application(app));
    context.put("organization", organization());
    context.put("environment", environment(org.baseUrl() + Html.recordPath(record.type().name(),
        record.id()), DISPLAY_LOCATION, Map.of("recordId", record.id()), record));
    out.put("context", context);
    return out;
  }

  /**
   * The envelope for a user opening a Canvas tab: no record, the tab component's parameters.
   *
   * @param oauthToken a session opened for the viewer on the app's behalf
   */
  public Map<String, Object> buildForTab(CanvasAppProfile app, StoredRecord viewer, CanvasTab tab,
      String oauthToken, Instant issuedAt) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("algorithm", SignedRequestSigner.ALGORITHM);
    out.put("issuedAt", issuedAt.getEpochSecond());
    out.put("userId", viewer.id());
    out.put("client", client(app, oauthToken));
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("user", user(viewer));
    context.put("links", links(viewer));
    context.put("application", application(app));
    context.put("organization", organization());
    context.put("environment", environment(org.baseUrl() + Html.tabPath(tab.name()),
        TAB_DISPLAY_LOCATION, tab.parameters(), null));
    out.put("context", context);
    return out;
  }

  private Map<String, Object> client(CanvasAppProfile app, String oauthToken) {
    Map<String, Object> c = new LinkedHashMap<>();
    // Observed shape "namespace:developerName:"; devorg apps have no namespace.
    c.put("instanceId", ":" + app.developerName() + ":");
    c.put("oauthToken", oauthToken);
    // Only apps granted refresh_token/offline_access get one; devorg grants neither here.
    c.put("refreshToken", null);
    c.put("instanceUrl", org.baseUrl());
    c.put("targetOrigin", org.baseUrl());
    return c;
  }

  private Map<String, Object> user(StoredRecord u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("userId", u.id());
    m.put("userName", u.get("Username"));
    m.put("firstName", u.get("FirstName"));
    m.put("lastName", u.get("LastName"));
    m.put("email", u.get("Email"));
    m.put("fullName", u.get("Name"));
    m.put("locale", text(u.get("LocaleSidKey"), "en_US"));
    m.put("language", text(u.get("LanguageLocaleKey"), "en_US"));
    m.put("timeZone", text(u.get("TimeZoneSidKey"), org.timeZone().getId()));
    m.put("profileId", null);
    m.put("roleId", null);
    m.put("userType", "STANDARD");
    m.put("currencyISOCode", "USD");
    m.put("accessibilityModeEnabled", false);
    m.put("isDefaultNetwork", true);
    return m;
  }

  private Map<String, Object> links(StoredRecord viewer) {
    String org15 = org.id().substring(0, 15);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("loginUrl", org.baseUrl());
    m.put("enterpriseUrl", "/services/Soap/c/" + API_VERSION + "/" + org15);
    m.put("metadataUrl", "/services/Soap/m/" + API_VERSION + "/" + org15);
    m.put("partnerUrl", "/services/Soap/u/" + API_VERSION + "/" + org15);
    m.put("restUrl", REST);
    m.put("sobjectUrl", REST + "sobjects/");
    m.put("searchUrl", REST + "search/");
    m.put("queryUrl", REST + "query/");
    m.put("recentItemsUrl", REST + "recent/");
    m.put("chatterFeedsUrl", REST + "chatter/feeds");
    m.put("chatterGroupsUrl", REST + "chatter/groups");
    m.put("chatterUsersUrl", REST + "chatter/users");
    m.put("chatterFeedItemsUrl", REST + "chatter/feed-items");
    m.put("userUrl", "/" + viewer.id());
    return m;
  }

  private static Map<String, Object> application(CanvasAppProfile app) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("applicationId", app.applicationId());
    m.put("authType", "SIGNED_REQUEST");
    m.put("canvasUrl", app.canvasUrl());
    m.put("developerName", app.developerName());
    m.put("name", app.app().name());
    m.put("namespace", "");
    m.put("options", List.of());
    m.put("referenceId", app.referenceId());
    m.put("samlInitiationMethod", "None");
    m.put("version", "1.0");
    return m;
  }

  private Map<String, Object> organization() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("organizationId", org.id());
    m.put("name", org.name());
    m.put("multicurrencyEnabled", false);
    m.put("namespacePrefix", null);
    m.put("currencyIsoCode", "USD");
    return m;
  }

  /** environment; record is null where the app shows outside a record page. */
  private Map<String, Object> environment(String locationUrl, String displayLocation,
      Map<String, String> parameters, StoredRecord record) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("locationUrl", locationUrl);
    m.put("displayLocation", displayLocation);
    m.put("sublocation", null);
    m.put("uiTheme", "Theme4d");
    Map<String, Object> dimensions = new LinkedHashMap<>();
    dimensions.put("width", "100%");
    dimensions.put("height", CanvasFrames.HEIGHT_PX + "px");
    dimensions.put("maxWidth", "1000px");
    dimensions.put("maxHeight", "2000px");
    dimensions.put("clientWidth", "1000px");
    dimensions.put("clientHeight", CanvasFrames.HEIGHT_PX + "px");
    m.put("dimensions", dimensions);
    m.put("parameters", new LinkedHashMap<>(parameters));
    if (record != null) {
      String type = record.type().name();
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("type", type);
      attributes.put("url", REST + "sobjects/" + type + "/" + record.id());
      Map<String, Object> rec = new LinkedHashMap<>();
      rec.put("attributes", attributes);
      rec.put("Id", record.id());
      m.put("record", rec);
    }
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("season", SEASON);
    version.put("api", API_VERSION);
    m.put("version", version);
    return m;
  }

  private static Object text(Object value, String fallback) {
    return value == null ? fallback : value;
  }
}
