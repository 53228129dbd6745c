package dev.bellwether.service.panels.account;

import dev.bellwether.service.panels.PanelParts;
import dev.bellwether.service.panels.render.Messages;
import dev.bellwether.service.panels.render.UserFormats;
import dev.bellwether.service.panels.session.PanelSession;
import dev.bellwether.store.StoredRecord;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds the values the account and QBR templates show for a session and renders them. */
final class AccountPage {
  /** Where the panel's CSS is served; absolute so every panel path can use it. */
  static final String CSS = "/canvas/assets/css/panel.css";
  /** CS_Lifecycle_Stage__c of an account whose last contract ended unrenewed (the scoring job sets it). */
  static final String CHURNED = "Churned";
  private final PanelParts parts;
  private final HealthSection health = new HealthSection();
  private final RenewalSection renewal = new RenewalSection();
  private final SupportSection support = new SupportSection();
  private final UsageSection usage = new UsageSection();
  private final QbrSection qbr = new QbrSection();

  AccountPage(PanelParts parts) {
    this.parts = parts;
  }

  /** The user's texts, formats and today. */
  PanelView view(PanelSession session) {
    UserFormats fmt = UserFormats.of(session.locale(), session.timeZone(), session.currency());
    Messages msg = parts.messages().forLanguage(session.language(), fmt.locale());
    return new PanelView(msg, fmt, LocalDate.ofInstant(parts.clock().instant(), fmt.zone()));
  }

  /** The Account panel of a session from the account's facts. */
  String render(PanelSession session, String token, AccountFacts facts, PanelView v) {
    Map<String, Object> model = common(session, token, facts, v);
    Map<String, Object> h = health.model(facts, v);
    model.put("health", h);
    model.put("renewal", renewal.renewal(facts, v));
    model.put("churn", renewal.churn(facts, v));
    model.put("sentiment", support.sentiment(facts, v));
    model.put("cases", support.cases(facts, v));
    model.put("usage", usage.model(facts, v));
    model.put("qbrUrl", link("qbr", session, token));
    return parts.renderer().render("account", model);
  }

  /** The printable QBR summary of the last ended quarter. */
  String renderQbr(PanelSession session, String token, AccountFacts facts, PanelView v, Quarter q) {
    Map<String, Object> model = common(session, token, facts, v);
    Map<String, Object> h = health.model(facts, v);
    model.put("health", h);
    model.put("qbr", qbr.model(facts, q, v, renewal.renewal(facts, v), h));
    model.put("panelUrl", link("view", session, token));
    return parts.renderer().render("qbr", model);
  }

  private Map<String, Object> common(PanelSession session, String token, AccountFacts facts, PanelView v) {
    Optional<StoredRecord> account = facts.account();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("found", account.isPresent());
    a.put("name", account.map(r -> r.fields().get("Name")).map(Object::toString)
        .orElse(v.msg().get("account.unnamed")));
    Object revenue = account.map(r -> r.fields().get("AnnualRevenue")).orElse(null);
    a.put("revenue", revenue == null ? "" : v.fmt().money(new BigDecimal(revenue.toString())));
    BigDecimal arr = account.map(r -> new RecordFields(r.fields()).decimal("CS_ARR__c")).orElse(null);
    a.put("arr", arr == null ? "" : v.fmt().money(arr));
    a.put("changed", account.map(r -> v.fmt().dateTime(r.systemModstamp())).orElse(""));
    a.put("churned", account.map(r -> CHURNED.equals(new RecordFields(r.fields()).text("CS_Lifecycle_Stage__c")))
        .orElse(false));
    Map<String, Object> model = new HashMap<>();
    model.put("msg", v.msg());
    model.put("fmt", v.fmt());
    model.put("css", CSS);
    model.put("account", a);
    model.put("today", v.fmt().date(v.today()));
    model.put("viewer", session.userName() == null ? session.userId() : session.userName());
    model.put("refreshUrl", link("view", session, token));
    model.put("sessionToken", token);
    model.put("csrfToken", parts.csrf().tokenFor(session));
    return model;
  }

  /** The page for a verified request that is not on an Account record: a notice, no data. */
  String notAnAccount(String language, String locale) {
    return notice("not-an-account", language, locale);
  }

  /** The manager views' page, a placeholder until they are built (issue 6, part 3). */
  String managerViews(String language, String locale) {
    return notice("manager-views", language, locale);
  }

  private String notice(String template, String language, String locale) {
    UserFormats fmt = UserFormats.of(locale, "UTC", "USD");
    Map<String, Object> model = new HashMap<>();
    model.put("msg", parts.messages().forLanguage(language, fmt.locale()));
    model.put("css", CSS);
    return parts.renderer().render(template, model);
  }

  private static String link(String path, PanelSession session, String token) {
    return "/canvas/account/" + path + "?record=" + enc(session.recordId()) + "&s=" + enc(token);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
