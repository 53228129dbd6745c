package dev.bellwether.service.panels.account;

import dev.bellwether.service.panels.PanelParts;
import dev.bellwether.service.panels.render.Messages;
import dev.bellwether.service.panels.render.UserFormats;
import dev.bellwether.service.panels.session.PanelSession;
import dev.bellwether.store.StoredRecord;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the values the account template shows for a session and renders it. */
final class AccountPage {
  /** Where the panel's CSS is served; absolute so every panel path can use it. */
  static final String CSS = "/canvas/assets/css/panel.css";
  private final PanelParts parts;

  AccountPage(PanelParts parts) {
    this.parts = parts;
  }

  /**
   * The page for a session.
   *
   * @param account the account from the store; empty when not synced yet
   */
  String render(PanelSession session, String token, Optional<StoredRecord> account) {
    UserFormats fmt = UserFormats.of(session.locale(), session.timeZone(), session.currency());
    Messages msg = parts.messages().forLanguage(session.language(), fmt.locale());
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("found", account.isPresent());
    a.put("name", account.map(r -> r.fields().get("Name")).map(Object::toString)
        .orElse(msg.get("account.unnamed")));
    Object revenue = account.map(r -> r.fields().get("AnnualRevenue")).orElse(null);
    a.put("revenue", revenue == null ? "" : fmt.money(new BigDecimal(revenue.toString())));
    a.put("changed", account.map(r -> fmt.dateTime(r.systemModstamp())).orElse(""));
    Map<String, Object> model = new HashMap<>();
    model.put("msg", msg);
    model.put("fmt", fmt);
    model.put("css", CSS);
    model.put("account", a);
    model.put("viewer", session.userName() == null ? session.userId() : session.userName());
    model.put("refreshUrl", "/canvas/account/view?record=" + enc(session.recordId()) + "&s=" + enc(token));
    model.put("sessionToken", token);
    model.put("csrfToken", parts.csrf().tokenFor(session));
    return parts.renderer().render("account", model);
  }

  /** The page for a verified request that is not on an Account record: a notice, no data. */
  String notAnAccount(String language, String locale) {
    UserFormats fmt = UserFormats.of(locale, "UTC", "USD");
    Map<String, Object> model = new HashMap<>();
    model.put("msg", parts.messages().forLanguage(language, fmt.locale()));
    model.put("css", CSS);
    return parts.renderer().render("not-an-account", model);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
