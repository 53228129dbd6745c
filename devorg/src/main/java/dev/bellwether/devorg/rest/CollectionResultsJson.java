package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteResult;
import java.io.IOException;
import java.util.List;

/**
 * Collection results as Salesforce writes them: an ordered array of {id, success, errors
 * [, created]}; errors use statusCode (not errorCode), and id appears only on success.
 */
final class CollectionResultsJson {
  private CollectionResultsJson() {}

  static void write(JsonGenerator g, List<WriteResult> results, boolean withCreated) throws IOException {
    g.writeStartArray();
    for (WriteResult r : results) {
      g.writeStartObject();
      if (r.success() && r.id() != null) {
        g.writeStringField("id", r.id());
      }
      g.writeBooleanField("success", r.success());
      g.writeArrayFieldStart("errors");
      for (SaveError e : r.errors()) {
        g.writeStartObject();
        g.writeStringField("statusCode", e.statusCode());
        g.writeStringField("message", e.message());
        g.writeArrayFieldStart("fields");
        for (String f : e.fields()) {
          g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (withCreated && r.success()) {
        g.writeBooleanField("created", r.created());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
