package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bellwether.devorg.http.Json;
import dev.bellwether.devorg.store.SaveError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.List;

/** Builds the JSON responses of the REST surface: bodies, streamed bodies and save errors. */
final class RestResponses {
  static final String JSON = "application/json;charset=UTF-8";

  private RestResponses() {}

  /** A response of this status whose body is value serialised with the shared mapper. */
  static Response json(int status, Object value) {
    try {
      return Response.status(status).type(JSON).entity(Json.MAPPER.writeValueAsBytes(value)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a REST response", e);
    }
  }

  static Response ok(Object value) {
    return json(200, value);
  }

  /** Something that writes a JSON body straight to the response stream. */
  interface BodyWriter {
    void write(JsonGenerator g) throws IOException;
  }

  /** A 200 response whose body is generated while it is sent (large query pages). */
  static Response streamed(BodyWriter writer) {
    return streamed(200, writer);
  }

  /** A response of this status whose body is generated while it is sent. */
  static Response streamed(int status, BodyWriter writer) {
    StreamingOutput out = stream -> {
      try (JsonGenerator g = Json.MAPPER.createGenerator(stream)) {
        writer.write(g);
      }
    };
    return Response.status(status).type(JSON).entity(out).build();
  }

  /**
   * Per-record errors of a single-record call as Salesforce's REST error array; each entry
   * carries its fields, even when empty, as Salesforce writes them for save errors.
   */
  static Response saveErrors(int status, List<SaveError> errors) {
    return streamed(status, g -> {
      g.writeStartArray();
      for (SaveError e : errors) {
        g.writeStartObject();
        g.writeStringField("message", e.message());
        g.writeStringField("errorCode", e.statusCode());
        g.writeArrayFieldStart("fields");
        for (String f : e.fields()) {
          g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
