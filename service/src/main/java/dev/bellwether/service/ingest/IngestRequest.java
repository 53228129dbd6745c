package dev.bellwether.service.ingest;

import java.util.Objects;

/**
 * One input to ingest.
 *
 * @param orgId the org the signals belong to
 * @param kind usage, surveys or invoices
 * @param format how the input is written
 * @param source the input's name in messages: the file as typed, {@code stdin}, or {@code body}
 */
public record IngestRequest(String orgId, SignalKind kind, InputFormat format, String source) {

  public IngestRequest {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
  }
}
