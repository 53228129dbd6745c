package dev.bellwether.service.panels.render;

import java.util.Objects;

/**
 * Markup that Java code built itself (an inline SVG chart) from constants and {@link HtmlText}-escaped
 * values; the only kind of value a template inserts without escaping. Never wrap text that came
 * from the CRM, a form or a request.
 */
public final class SafeHtml {
  private final String html;

  private SafeHtml(String html) {
    this.html = Objects.requireNonNull(html, "html");
  }

  /** Markup built in Java whose every variable part was escaped with {@link HtmlText#escape}. */
  public static SafeHtml trusted(String html) {
    return new SafeHtml(html);
  }

  public String html() {
    return html;
  }

  @Override
  public String toString() {
    return html;
  }
}
