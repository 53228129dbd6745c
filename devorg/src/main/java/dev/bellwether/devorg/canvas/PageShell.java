package dev.bellwether.devorg.canvas;

import dev.bellwether.devorg.store.StoredRecord;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Wraps page bodies in the Lightning-like frame (global header, app navigation) or the login page. */
public final class PageShell {
  // Read once; both are immutable text, so sharing them across requests is safe.
  private static final Template PAGE = Template.load("page.html");
  private static final Template LOGIN = Template.load("login.html");
  private static final String CSS = Template.load("lightning.css").fill(Map.of());
  /** The objects the app navigation offers, as the Sales app does. */
  private static final List<String> TABS = List.of("Account", "Contact", "Opportunity", "Case");

  private PageShell() {}

  /**
   * A full page.
   *
   * @param title already plain text (it is escaped here)
   * @param activeTab "Home" or an object name, highlighted in the navigation
   * @param body HTML, escaped by its builder
   */
  public static String page(String title, String activeTab, String orgName, StoredRecord viewer,
      String body) {
    String userName = String.valueOf(viewer.get("Name"));
    return PAGE.fill(Map.of(
        "title", Html.esc(title),
        "css", CSS,
        "orgName", Html.esc(orgName),
        "userName", Html.esc(userName),
        "userInitials", Html.esc(initials(viewer)),
        "navItems", nav(activeTab),
        "body", body));
  }

  /** The login page, with an error line when a login just failed. */
  public static String login(String orgName, String error, String username, String startUrl) {
    return LOGIN.fill(Map.of(
        "css", CSS,
        "orgName", Html.esc(orgName),
        "error", error == null ? "" : "<div class=\"login-error\" role=\"alert\">" + Html.esc(error) + "</div>",
        "username", Html.esc(username),
        "startUrl", Html.esc(startUrl)));
  }

  /** The icon class of an object ("icon-account"); custom objects share a neutral one. */
  public static String iconClass(String objectName) {
    return "icon-" + objectName.toLowerCase(Locale.ROOT);
  }

  private static String nav(String activeTab) {
    StringBuilder b = new StringBuilder();
    b.append(navItem("/lightning/page/home", "Home", "Home".equals(activeTab)));
    for (String t : TABS) {
      b.append(navItem("/lightning/o/" + t + "/list", plural(t), t.equals(activeTab)));
    }
    return b.toString();
  }

  private static String plural(String objectName) {
    return objectName.equals("Opportunity") ? "Opportunities" : objectName + "s";
  }

  private static String navItem(String href, String label, boolean active) {
    return "<a href=\"" + href + "\"" + (active ? " class=\"active\"" : "") + ">" + Html.esc(label) + "</a>";
  }

  private static String initials(StoredRecord viewer) {
    String first = text(viewer.get("FirstName"));
    String last = text(viewer.get("LastName"));
    String s = (first.isEmpty() ? "" : first.substring(0, 1)) + (last.isEmpty() ? "" : last.substring(0, 1));
    return s.toUpperCase(Locale.ROOT);
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
