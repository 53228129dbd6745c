package dev.bellwether.devorg.store;

import java.util.List;

/** A per-record error, shaped like Salesforce's (statusCode, message, fields). */
public record SaveError(String statusCode, String message, List<String> fields) {
  public SaveError {
    fields = List.copyOf(fields);
  }

  public static SaveError of(String statusCode, String message, String... fields) {
    return new SaveError(statusCode, message, List.of(fields));
  }
}
