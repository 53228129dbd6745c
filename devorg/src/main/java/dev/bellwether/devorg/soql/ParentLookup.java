package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.OrgStore;
import dev.bellwether.devorg.store.StoredRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds parent records for relationship paths during one execution. Many rows share a parent
 * (a handful of owners for 100,000 accounts), so found parents are kept for the execution;
 * deleted parents are found too, as Salesforce still resolves them in paths.
 */
final class ParentLookup {
  /** Beyond this many distinct parents the cache is dropped rather than grown without bound. */
  private static final int MAX_CACHED = 200_000;
  private final OrgStore store;
  private final Map<String, StoredRecord> cache = new HashMap<>();

  ParentLookup(OrgStore store) {
    this.store = store;
  }

  StoredRecord find(String id) {
    StoredRecord r = cache.get(id);
    if (r != null || cache.containsKey(id)) {
      return r;
    }
    r = store.find(id).orElse(null);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(id, r);
    return r;
  }
}
