package dev.bellwether.connector.salesforce.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of a parsed YAML document by dotted path. A value that does not fit is reported to
 * {@link ConfigProblems} and replaced by the default, so one pass finds every problem.
 */
final class YamlValues {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int SHOWN_CHARS = 60;
  private final JsonNode root;
  private final ConfigProblems problems;
  private final Path baseDir;

  /** {@code baseDir} anchors relative {@code file:} secret references (the config file's folder). */
  YamlValues(JsonNode root, ConfigProblems problems, Path baseDir) {
    this.root = root;
    this.problems = problems;
    this.baseDir = baseDir;
  }

  /** The node at a path, or null when absent or written as an empty value. */
  JsonNode node(String path) {
    JsonNode n = root;
    for (String part : path.split("\\.")) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(part);
    }
    return n == null || n.isNull() || n.isMissingNode() ? null : n;
  }

  boolean isSet(String path) {
    return node(path) != null;
  }

  /** True when a mapping is written at the path; a scalar or list there is a problem. */
  boolean mapping(String path) {
    JsonNode n = node(path);
    if (n == null) {
      return false;
    }
    if (!n.isObject()) {
      problems.add(path, "must be a mapping of keys (was " + kind(n) + ")");
      return false;
    }
    return true;
  }

  /** The scalar at a path as text, or null when absent or not a single value. */
  String text(String path) {
    JsonNode n = node(path);
    if (n == null) {
      return null;
    }
    if (n.isContainerNode()) {
      problems.add(path, "must be a single value (was " + kind(n) + ")");
      return null;
    }
    return n.asText();
  }

  URI url(String path, URI defaultValue) {
    String text = text(path);
    if (text == null) {
      return defaultValue;
    }
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null || uri.getScheme() == null || uri.getHost() == null
        || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
      problems.add(path, "must be an absolute http(s) URL like https://login.salesforce.com (was " + shown(text) + ")");
      return defaultValue;
    }
    boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
        && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
    if (!bare) {
      problems.add(path, "must be the site's root URL, without a path, query or user (was " + shown(text) + ")");
      return defaultValue;
    }
    return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
  }

  /** A positive duration written like 500ms, 10s, 5m or 1h. */
  Duration duration(String path, Duration defaultValue) {
    String text = text(path);
    if (text == null) {
      return defaultValue;
    }
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      problems.add(path, "must be a duration like 500ms, 10s, 5m or 1h (was " + shown(text) + ")");
      return defaultValue;
    }
    Duration d;
    try {
      long amount = Long.parseLong(m.group(1));
      d = switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    } catch (ArithmeticException | NumberFormatException e) {
      problems.add(path, "is too long (was " + shown(text) + ")");
      return defaultValue;
    }
    if (d.isZero()) {
      problems.add(path, "must be longer than zero (was " + shown(text) + ")");
      return defaultValue;
    }
    return d;
  }

  /** A number that {@code fits}; {@code rule} says which ones do, e.g. "greater than 0 and at most 1". */
  double decimal(String path, double defaultValue, DoublePredicate fits, String rule) {
    String text = text(path);
    if (text == null) {
      return defaultValue;
    }
    try {
      double d = Double.parseDouble(text.trim());
      if (Double.isFinite(d) && fits.test(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(path, "must be a number " + rule + " (was " + shown(text) + ")");
    return defaultValue;
  }

  /** A whole number from {@code min} to {@code max}. */
  int integer(String path, int defaultValue, int min, int max) {
    String text = text(path);
    if (text == null) {
      return defaultValue;
    }
    try {
      int i = Integer.parseInt(text.trim());
      if (i >= min && i <= max) {
        return i;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    String range = max == Integer.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max;
    problems.add(path, "must be a whole number " + range + " (was " + shown(text) + ")");
    return defaultValue;
  }

  /**
   * A secret reference (env:NAME or file:PATH, relative paths from the config file's folder).
   * Anything else might be the secret itself, so the message never repeats it.
   */
  SecretRef secret(String path) {
    JsonNode n = node(path);
    if (n == null) {
      return null;
    }
    SecretRef ref;
    try {
      ref = n.isContainerNode() ? SecretRef.parse(null) : SecretRef.parse(n.asText().trim());
    } catch (IllegalArgumentException e) {
      problems.add(path, "must be a reference like env:NAME or file:/path, not a literal secret (value not shown)");
      return null;
    }
    if (ref.source().equals("env") && !ENV_NAME.matcher(ref.name()).matches()) {
      problems.add(path, "must name an environment variable of letters, digits and '_' (value not shown)");
      return null;
    }
    if (ref.source().equals("file")) {
      try {
        return new SecretRef("file", baseDir.resolve(ref.name()).normalize().toString());
      } catch (InvalidPathException e) {
        problems.add(path, "must name a readable file path (value not shown)");
        return null;
      }
    }
    return ref;
  }

  /** A value as shown in a message: quoted, and cut short when long. */
  static String shown(String text) {
    String t = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text;
    return "'" + t + "'";
  }

  /** A duration as a config file would write it: 90s, 5m, 1h, 250ms. */
  static String shown(Duration d) {
    long ms = d.toMillis();
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }

  private static String kind(JsonNode n) {
    if (n.isObject()) {
      return "a mapping";
    }
    return n.isArray() ? "a list" : "a single value";
  }
}
