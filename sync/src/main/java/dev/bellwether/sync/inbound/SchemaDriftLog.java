package dev.bellwether.sync.inbound;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs mapped fields the CRM lacks once per field, not on every poll, and notes when one comes back.
 * One per object sync, so "once" lasts as long as the sync object does.
 */
final class SchemaDriftLog {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaDriftLog.class);

  private final String orgId;
  private final String object;
  private final Set<String> missing = new HashSet<>();

  SchemaDriftLog(String orgId, String object) {
    this.orgId = orgId;
    this.object = object;
  }

  synchronized void observed(List<String> missingNow) {
    for (String field : missingNow) {
      if (missing.add(field)) {
        LOG.warn("org {}: mapped field {}.{} does not exist in the CRM; syncing {} without it", orgId, object,
            field, object);
      }
    }
    missing.removeIf(field -> {
      boolean back = !missingNow.contains(field);
      if (back) {
        LOG.info("org {}: mapped field {}.{} exists in the CRM again", orgId, object, field);
      }
      return back;
    });
  }
}
