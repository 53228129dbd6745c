package dev.bellwether.devorg.describe;

import java.util.List;

/** describeGlobal: every object of the org, sorted by name. */
public record GlobalDescription(String encoding, int maxBatchSize, List<SObjectDescription> sobjects) {
  public GlobalDescription {
    sobjects = List.copyOf(sobjects);
  }
}
