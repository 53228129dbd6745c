package dev.bellwether.devorg.bulk.query;

import dev.bellwether.devorg.bulk.BulkErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Sforce-Locator of a result page: the row offset in base64 without padding, as
 * Salesforce's own look ("MTAwMDA" is offset 10000). The literal "null" marks the last page.
 */
final class ResultLocator {
  /** The header value after the last page. */
  static final String LAST_PAGE = "null";

  private ResultLocator() {}

  static String encode(int offset) {
    return Base64.getEncoder().withoutPadding().encodeToString(Integer.toString(offset).getBytes(StandardCharsets.US_ASCII));
  }

  /** The offset a locator stands for; a locator the job never issued is a 400. */
  static int decode(String locator, int totalRows) {
    if (locator == null || locator.isEmpty()) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(new String(Base64.getDecoder().decode(locator), StandardCharsets.US_ASCII));
      if (offset > 0 && offset < totalRows) {
        return offset;
      }
    } catch (IllegalArgumentException e) {
      // Not base64 or not a number: reported below like any other unknown locator.
    }
    throw BulkErrors.invalidPropertyValue("locator", locator);
  }
}
