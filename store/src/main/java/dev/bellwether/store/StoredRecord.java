package dev.bellwether.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CRM record as the store keeps it: the mapped fields' values (JSON-compatible: String,
 * Boolean, Long, BigDecimal, or ISO text for dates and times), the CRM's SystemModstamp, and
 * whether the CRM deleted it.
 *
 * @param orgId the org (tenant)
 * @param object the CRM object, unqualified (e.g. "Account")
 * @param crmId the CRM id
 * @param fields values by CRM field name
 * @param systemModstamp when the CRM last changed it
 * @param deleted whether the CRM deleted it
 */
public record StoredRecord(String orgId, String object, String crmId, Map<String, Object> fields,
    Instant systemModstamp, boolean deleted) {

  public StoredRecord {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
