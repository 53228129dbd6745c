package dev.bellwether.store;

import java.time.Instant;
import java.util.Map;

/** Builds stored records for tests: modstamps as seconds after a fixed instant keep orderings readable. */
final class Records {

  static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

  private Records() {
  }

  static StoredRecord record(String org, String object, String id, int secondsAfterT0, Map<String, Object> fields) {
    return new StoredRecord(org, object, id, fields, at(secondsAfterT0), false);
  }

  static Instant at(int secondsAfterT0) {
    return T0.plusSeconds(secondsAfterT0);
  }
}
