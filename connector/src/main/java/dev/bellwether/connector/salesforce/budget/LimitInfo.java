package dev.bellwether.connector.salesforce.budget;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The org's API usage: requests used in the current window and the limit.
 *
 * @param used requests used by everyone
 * @param limit the daily request limit
 */
public record LimitInfo(long used, long limit) {
  private static final Pattern API_USAGE = Pattern.compile("(?:^|[;,\\s])api-usage=(\\d+)/(\\d+)");

  /** Parses "api-usage=18/5000" (possibly with "; per-app-api-usage=..." after it). */
  public static Optional<LimitInfo> parseHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = API_USAGE.matcher(header);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LimitInfo(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }
}
