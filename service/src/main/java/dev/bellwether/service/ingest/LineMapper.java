package dev.bellwether.service.ingest;

/** Turns one record's fields into the value stored, or says which field is wrong and why. */
@FunctionalInterface
interface LineMapper<T> {

  T map(RecordFields fields) throws FieldProblem;
}
