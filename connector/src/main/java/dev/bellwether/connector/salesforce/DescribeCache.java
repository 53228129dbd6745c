package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ObjectSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Describes cached per object: a describe costs an API request and changes rarely. An entry is
 * fetched again after its time to live, or at once when a call reveals a schema change
 * (INVALID_FIELD), so added and removed fields are noticed without restarting.
 */
public final class DescribeCache {
  private record Entry(ObjectSchema schema, Instant fetchedAt) {}

  private final Describer describer;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public DescribeCache(Describer describer, Clock clock, Duration ttl) {
    this.describer = describer;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** The cached schema, described again when absent or older than the time to live. */
  public ObjectSchema get(String object) throws CrmException {
    String key = object.toLowerCase(Locale.ROOT);
    Entry e = entries.get(key);
    Instant now = clock.instant();
    if (e != null && now.isBefore(e.fetchedAt().plus(ttl))) {
      return e.schema();
    }
    ObjectSchema fresh = describer.describe(object);
    entries.put(key, new Entry(fresh, clock.instant())); // from the answer: a slow describe still gets its full TTL
    return fresh;
  }

  /** Forgets the object so the next use describes it again. */
  public void invalidate(String object) {
    entries.remove(object.toLowerCase(Locale.ROOT));
  }
}
