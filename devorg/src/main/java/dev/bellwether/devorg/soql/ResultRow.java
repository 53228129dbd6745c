package dev.bellwether.devorg.soql;

import java.util.LinkedHashMap;

/**
 * One output row: sObject type ("Account" or "AggregateResult"), its Id (null when not selected
 * or aggregate), and selected values by output name in select order. Relationship fields nest:
 * "Owner" maps to a ResultRow of type User holding "Name"; a null lookup gives a null "Owner".
 * Values are the stored Java values (String, Boolean, Integer, BigDecimal, LocalDate, Instant).
 *
 * @param recordId the record's id even when Id was not selected (REST's attributes.url needs
 *     it); null for aggregate rows
 */
public record ResultRow(String type, String id, LinkedHashMap<String, Object> fields, String recordId) {

  /** A row whose record id is known only if selected; aggregate rows use this. */
  public ResultRow(String type, String id, LinkedHashMap<String, Object> fields) {
    this(type, id, fields, id);
  }

  /** The value at a dotted path ("Account.Owner.Name") through nested rows; null if a step is null. */
  public Object valueAt(String path) {
    ResultRow row = this;
    int start = 0;
    while (true) {
      int dot = path.indexOf('.', start);
      Object v = row.fields.get(dot < 0 ? path.substring(start) : path.substring(start, dot));
      if (dot < 0) {
        return v;
      }
      if (!(v instanceof ResultRow next)) {
        return null;
      }
      row = next;
      start = dot + 1;
    }
  }
}
