package dev.bellwether.service.scoring.writeback;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts Bellwether writes into CRM records, in the org's language (English or Korean). */
public final class ScoringMessages {

  private final ResourceBundle bundle;
  private final Locale locale;

  public ScoringMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("scoring.messages", locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  public Locale locale() {
    return locale;
  }
}
