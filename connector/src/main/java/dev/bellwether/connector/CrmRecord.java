package dev.bellwether.connector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record as plain values: its id (null before insert) and field values typed by
 * {@link FieldType} (String, Boolean, Long, BigDecimal, LocalDate, Instant, LocalTime). A field
 * present with a null value means "empty"; a field absent means "not read" or "leave as is".
 *
 * <p>A read that includes deleted records ({@link ReadRequest#includeDeleted()}) reads the CRM's
 * IsDeleted flag with them; {@link #deleted()} tells those records apart.
 *
 * @param object the object's API name, without any namespace prefix
 * @param id the CRM id, or null
 * @param fields the values by field name, in insertion order
 */
public record CrmRecord(String object, String id, Map<String, Object> fields) {
  /** The field by which the CRM marks a record in its recycle bin. */
  public static final String IS_DELETED = "IsDeleted";

  public CrmRecord {
    Objects.requireNonNull(object, "object");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A record of the object with the given values and no id. */
  public static CrmRecord of(String object, Map<String, Object> fields) {
    return new CrmRecord(object, null, fields);
  }

  /** The value of a field, or null when empty or absent. */
  public Object get(String field) {
    return fields.get(field);
  }

  /** Whether the field was read or is to be written (even when its value is null). */
  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /**
   * Whether the CRM reports this record deleted: true only in reads that include deleted records,
   * which select {@value #IS_DELETED}. Such a record's SystemModstamp is its deletion time and its
   * other fields hold their last values.
   */
  public boolean deleted() {
    return Boolean.TRUE.equals(fields.get(IS_DELETED));
  }
}
