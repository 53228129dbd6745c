package dev.bellwether.service.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * How admin JSON is written, by the CLI's {@code --json} and by the HTTP API alike: indented, from
 * the reports' own {@code toJson}, so the two never drift apart.
 */
public final class AdminJson {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The mapper the reports build their JSON with. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** The JSON text of a tree. */
  public String write(JsonNode json) {
    try {
      return mapper.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; this would be a bug in a report's toJson.
      throw new UncheckedIOException("cannot write admin JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** {"error": code, "message": message}: the body of every error response. */
  public String error(String code, String message) {
    ObjectNode body = mapper.createObjectNode();
    body.put("error", code);
    body.put("message", message);
    return write(body);
  }
}
