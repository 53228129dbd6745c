package dev.bellwether.connector.salesforce;

import java.time.Instant;
import java.util.List;

/** getUpdated's answer (SOAP or REST): ids changed in a window, and where the next one starts. */
public record UpdatedIds(List<String> ids, Instant latestCovered) {

  public UpdatedIds {
    ids = List.copyOf(ids);
  }
}
