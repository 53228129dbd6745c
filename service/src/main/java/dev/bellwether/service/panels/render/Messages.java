package dev.bellwether.service.panels.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The texts of one language, as templates use them: {@code $msg.get("key")} and
 * {@code $msg.format("key", $arg)} ({@link MessageFormat}: a message with arguments doubles its
 * apostrophes). An unknown key fails the render instead of showing the key to a user.
 */
public final class Messages {
  private final String language;
  private final Locale locale;
  private final Map<String, String> texts;

  Messages(String language, Locale locale, Map<String, String> texts) {
    this.language = Objects.requireNonNull(language, "language");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.texts = Map.copyOf(texts);
  }

  /** "en" or "ko", for the page's lang attribute. */
  public String language() {
    return language;
  }

  public String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no message '" + key + "' in ui/messages_" + language + ".properties");
    }
    return text;
  }

  /** Whether the bundle has this key: for texts keyed by a CRM picklist value or a measure. */
  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** The message, or {@code fallback} (e.g. the CRM's own picklist label) when the bundle lacks the key. */
  public String getOr(String key, String fallback) {
    return texts.getOrDefault(key, fallback);
  }

  /** The message with its {0}, {1}... filled in; numbers in the arguments follow the user's locale. */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }
}
