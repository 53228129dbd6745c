package dev.bellwether.service.panels.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The message bundles of ui-templates ({@code ui/messages_en.properties}, {@code _ko}), read once as
 * UTF-8. Read by hand rather than through ResourceBundle, whose fallback to the JVM's default locale
 * would show a Korean server's texts to an English user.
 */
public final class MessageCatalog {
  /** The languages panels speak; the first is the fallback. */
  public static final List<String> LANGUAGES = List.of("en", "ko");
  private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

  /** Loads every bundle from the classpath; a missing one fails start-up. */
  public MessageCatalog() {
    for (String language : LANGUAGES) {
      byLanguage.put(language, load(language));
    }
  }

  /**
   * The texts for a Salesforce language value ("ko", "ko_KR", "en_US", ...), English for any
   * language panels do not speak.
   *
   * @param locale the user's locale, for numbers inside messages
   */
  public Messages forLanguage(String salesforceLanguage, Locale locale) {
    String lang = salesforceLanguage == null ? "" : salesforceLanguage.toLowerCase(Locale.ROOT);
    int cut = lang.indexOf('_') >= 0 ? lang.indexOf('_') : lang.indexOf('-');
    String base = cut >= 0 ? lang.substring(0, cut) : lang;
    String chosen = LANGUAGES.contains(base) ? base : LANGUAGES.get(0);
    return new Messages(chosen, locale, byLanguage.get(chosen));
  }

  /** The keys of one language's bundle, sorted. */
  public Set<String> keys(String language) {
    return new TreeSet<>(byLanguage.get(language).keySet());
  }

  private static Map<String, String> load(String language) {
    String path = "ui/messages_" + language + ".properties";
    try (InputStream in = MessageCatalog.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath (is bellwether-ui-templates a dependency?)");
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> m = new HashMap<>();
      p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
