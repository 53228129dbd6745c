package dev.bellwether.service.panels.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy header of panel responses. {@link #panel(List)} is what every panel
 * sends: nothing loads but the service's own CSS and images (and data: images), forms post only
 * back to the service, and only the CRM's origins may frame the page.
 */
public final class ContentSecurityPolicy {
  /** A source expression: a quoted keyword, a scheme such as data:, or an origin; never ';' ',' or space. */
  private static final Pattern SOURCE = Pattern.compile("'[a-z-]+'|[a-z][a-z0-9+.-]*:|https?://[a-z0-9.-]+(:[0-9]{1,5})?");
  private final String value;

  private ContentSecurityPolicy(String value) {
    this.value = value;
  }

  /** The panel policy with frame-ancestors limited to these origins ('none' when there are none). */
  public static ContentSecurityPolicy panel(List<String> frameAncestors) {
    return builder()
        .directive("default-src", "'none'")
        .directive("style-src", "'self'")
        .directive("img-src", "'self'", "data:")
        .directive("form-action", "'self'")
        .directive("base-uri", "'none'")
        .directive("frame-ancestors", frameAncestors.isEmpty() ? List.of("'none'") : frameAncestors)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The header value. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }

  /** Directives in the order added; every source is checked so no value can inject a directive. */
  public static final class Builder {
    private final Map<String, List<String>> directives = new LinkedHashMap<>();

    private Builder() {}

    public Builder directive(String name, String... sources) {
      return directive(name, List.of(sources));
    }

    public Builder directive(String name, List<String> sources) {
      if (!name.matches("[a-z-]+")) {
        throw new IllegalArgumentException("not a CSP directive name: '" + name + "'");
      }
      if (sources.isEmpty()) {
        throw new IllegalArgumentException("directive " + name + " needs a source ('none' for nothing)");
      }
      for (String s : sources) {
        if (s == null || !SOURCE.matcher(s).matches()) {
          throw new IllegalArgumentException("not a CSP source for " + name + ": '" + s + "'");
        }
      }
      directives.put(name, new ArrayList<>(sources));
      return this;
    }

    public ContentSecurityPolicy build() {
      List<String> parts = new ArrayList<>();
      directives.forEach((name, sources) -> parts.add(name + " " + String.join(" ", sources)));
      return new ContentSecurityPolicy(String.join("; ", parts));
    }
  }
}
