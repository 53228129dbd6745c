package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.StoredRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A date function over a date or dateTime field. A dateTime is read in UTC, as Salesforce does,
 * unless the query wrapped it in convertTimezone(), which reads it in the org's time zone.
 */
record DateFunctionSource(DateFunction function, FieldPath path, ZoneId zone)
    implements ValueSource<StoredRecord> {

  @Override
  public Object read(StoredRecord row, ParentLookup parents) {
    Object v = path.read(row, parents);
    if (v instanceof Instant i) {
      return function.apply(LocalDateTime.ofInstant(i, zone));
    }
    if (v instanceof LocalDate d) {
      return function.apply(d.atStartOfDay());
    }
    return null;
  }

  @Override
  public ValueKind kind() {
    return function.resultKind();
  }

  /** e.g. "calendar_year(CreatedDate)", the way Salesforce names such a column. */
  String display() {
    return function.name().toLowerCase(java.util.Locale.ROOT) + "(" + path.dotted() + ")";
  }
}
