package dev.bellwether.connector.salesforce.values;

import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The namespace prefix of Bellwether's managed package in an org ({@code "bw"} makes
 * {@code CS_Health__c} into {@code bw__CS_Health__c}); {@link #NONE} when installed unpackaged.
 *
 * <p>Custom names are recognised by their single {@code "__"} suffix separator ({@code __c},
 * {@code __r}, {@code __mdt}, {@code __e}, ...). Standard names have no {@code "__"} and names
 * with two already carry a namespace; both pass through unchanged.
 *
 * @param prefix the prefix without the trailing {@code "__"}, or {@code ""} for none
 */
public record Namespace(String prefix) {

  /** No namespace: names are used as written. */
  public static final Namespace NONE = new Namespace("");

  // Salesforce prefixes: start with a letter, letters/digits/single underscores, at most 15 chars.
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|_(?!_))*(?<!_)");
  private static final String SEPARATOR = "__";

  public Namespace {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.isEmpty() && (prefix.length() > 15 || !PREFIX.matcher(prefix).matches())) {
      throw new IllegalArgumentException("Invalid namespace prefix: '" + prefix + "'");
    }
  }

  /** Whether this is {@link #NONE}. */
  public boolean isNone() {
    return prefix.isEmpty();
  }

  /** The name as the org knows it: each custom, not yet namespaced segment gets the prefix. */
  public String qualify(String apiName) {
    Objects.requireNonNull(apiName, "apiName");
    if (isNone()) {
      return apiName;
    }
    return mapSegments(apiName, this::qualifySegment);
  }

  /** The name as Bellwether's code writes it: this namespace's prefix removed from each segment. */
  public String unqualify(String apiName) {
    Objects.requireNonNull(apiName, "apiName");
    if (isNone()) {
      return apiName;
    }
    return mapSegments(apiName, this::unqualifySegment);
  }

  private String qualifySegment(String segment) {
    return separatorCount(segment) == 1 && !segment.startsWith(SEPARATOR) && !segment.endsWith(SEPARATOR)
        ? prefix + SEPARATOR + segment
        : segment;
  }

  private String unqualifySegment(String segment) {
    String head = (prefix + SEPARATOR).toLowerCase(Locale.ROOT);
    boolean carriesOurs = segment.length() > head.length()
        && segment.substring(0, head.length()).toLowerCase(Locale.ROOT).equals(head);
    return carriesOurs ? segment.substring(head.length()) : segment;
  }

  private static int separatorCount(String segment) {
    int count = 0;
    for (int i = segment.indexOf(SEPARATOR); i >= 0; i = segment.indexOf(SEPARATOR, i + SEPARATOR.length())) {
      count++;
    }
    return count;
  }

  private static String mapSegments(String apiName, UnaryOperator<String> op) {
    if (apiName.indexOf('.') < 0) {
      return op.apply(apiName);
    }
    String[] segments = apiName.split("\\.", -1);
    StringBuilder out = new StringBuilder(apiName.length() + 8);
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(op.apply(segments[i]));
    }
    return out.toString();
  }
}
