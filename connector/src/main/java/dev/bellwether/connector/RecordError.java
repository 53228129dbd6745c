package dev.bellwether.connector;

import java.util.List;

/**
 * Why the CRM refused one record, in its own words.
 *
 * @param statusCode the CRM's status code, e.g. REQUIRED_FIELD_MISSING
 * @param message the CRM's message
 * @param fields the fields the error concerns
 * @param retryable true when trying again later may succeed (e.g. UNABLE_TO_LOCK_ROW after the
 *     connector's own retries); false for validation errors, which need the data fixed
 */
public record RecordError(String statusCode, String message, List<String> fields, boolean retryable) {

  public RecordError {
    fields = List.copyOf(fields);
  }
}
