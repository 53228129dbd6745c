package dev.bellwether.connector;

/** A field's type as the port sees it; decides the Java type of its values in {@link CrmRecord}. */
public enum FieldType {
  /** Record id: String. */
  ID,
  /** Text of any kind (string, textarea, email, phone, url, encrypted): String. */
  STRING,
  /** Single-select picklist: String. */
  PICKLIST,
  /** Multi-select picklist, values joined by ';': String. */
  MULTIPICKLIST,
  /** Lookup or master-detail: the referenced record's id, String. */
  REFERENCE,
  /** Checkbox: Boolean. */
  BOOLEAN,
  /** Whole number: Long. */
  INTEGER,
  /** Number, currency or percent: BigDecimal. */
  DECIMAL,
  /** Date without time: LocalDate. */
  DATE,
  /** Date and time: Instant. */
  DATETIME,
  /** Time of day: LocalTime. */
  TIME,
  /** Anything else (address, location, base64...): the CRM's text form, String. */
  OTHER
}
