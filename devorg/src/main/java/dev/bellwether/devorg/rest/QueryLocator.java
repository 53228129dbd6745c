package dev.bellwether.devorg.rest;

import dev.bellwether.devorg.http.ApiException;

/**
 * A query locator as it appears in nextRecordsUrl: the cursor id and the position of the
 * next record, e.g. 01g000000000001AAA-2000.
 */
record QueryLocator(String cursorId, int offset) {
  static QueryLocator parse(String text) {
    int dash = text == null ? -1 : text.lastIndexOf('-');
    if (dash <= 0) {
      throw invalid();
    }
    try {
      int offset = Integer.parseInt(text.substring(dash + 1));
      if (offset < 0) {
        throw invalid();
      }
      return new QueryLocator(text.substring(0, dash), offset);
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  static ApiException invalid() {
    return new ApiException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
  }

  @Override
  public String toString() {
    return cursorId + "-" + offset;
  }
}
