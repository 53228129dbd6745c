package dev.bellwether.connector;

/** What a write batch does to each of its records. */
public enum WriteOperation {
  /** Create new records; ids come back in the results. */
  INSERT,
  /** Change records by id. */
  UPDATE,
  /** Create or change records matched by an external id field; safe to retry. */
  UPSERT,
  /** Delete records by id. */
  DELETE
}
