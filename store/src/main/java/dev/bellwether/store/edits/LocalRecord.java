package dev.bellwether.store.edits;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record Bellwether has written, with the fields it keeps for it.
 *
 * @param id the row id
 * @param orgId the org
 * @param object the CRM object
 * @param crmId the CRM id, null until the CRM has the record
 * @param externalId the external id Bellwether upserts it by, or null
 * @param fields the kept fields by name
 */
public record LocalRecord(long id, String orgId, String object, String crmId, String externalId,
    Map<String, LocalField> fields) {

  public LocalRecord {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(object, "object");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The kept field of that name, ignoring case as Salesforce does. */
  public Optional<LocalField> field(String name) {
    LocalField exact = fields.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return fields.values().stream().filter(f -> f.field().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
  }

  /** The same record with other fields. */
  public LocalRecord withFields(Map<String, LocalField> newFields) {
    return new LocalRecord(id, orgId, object, crmId, externalId, newFields);
  }

  /** The same record, now known by its CRM id too. */
  public LocalRecord withCrmId(String newCrmId) {
    return new LocalRecord(id, orgId, object, newCrmId, externalId, fields);
  }
}
