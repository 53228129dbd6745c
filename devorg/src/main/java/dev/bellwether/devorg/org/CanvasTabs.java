package dev.bellwether.devorg.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The org's Canvas tabs by API name; tab URLs, like Salesforce's, ignore the name's case. */
public final class CanvasTabs {
  private final Map<String, CanvasTab> byName = new ConcurrentHashMap<>();

  /** Adds a tab, or replaces the one of the same name. */
  public void register(CanvasTab tab) {
    byName.put(key(tab.name()), tab);
  }

  public Optional<CanvasTab> byName(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(key(name)));
  }

  /** Every tab, by label. */
  public List<CanvasTab> all() {
    List<CanvasTab> out = new ArrayList<>(byName.values());
    out.sort(Comparator.comparing(CanvasTab::label).thenComparing(CanvasTab::name));
    return out;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
