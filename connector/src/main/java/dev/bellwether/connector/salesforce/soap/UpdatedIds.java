package dev.bellwether.connector.salesforce.soap;

import java.time.Instant;
import java.util.List;

/**
 * What getUpdated reports for a window.
 *
 * @param ids the records created or changed in the window
 * @param latestCovered the end of the span Salesforce actually covered (to the minute); the next
 *     window should start there
 */
public record UpdatedIds(List<String> ids, Instant latestCovered) {

  public UpdatedIds {
    ids = List.copyOf(ids);
  }
}
