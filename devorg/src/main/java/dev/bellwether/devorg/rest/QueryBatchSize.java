package dev.bellwether.devorg.rest;

import java.util.Locale;

/**
 * The page size a client asks for with "Sforce-Query-Options: batchSize=N". Salesforce
 * treats the value as a hint between 200 and 2,000 (the default).
 */
final class QueryBatchSize {
  static final int MIN = 200;
  static final int MAX = 2000;

  private QueryBatchSize() {}

  /** The page size for a header value (null or unparseable → 2,000). */
  static int from(String header) {
    if (header == null) {
      return MAX;
    }
    for (String part : header.split(",")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2 && kv[0].trim().toLowerCase(Locale.ROOT).equals("batchsize")) {
        try {
          return Math.max(MIN, Math.min(MAX, Integer.parseInt(kv[1].trim())));
        } catch (NumberFormatException e) {
          return MAX;
        }
      }
    }
    return MAX;
  }
}
