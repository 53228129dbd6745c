package dev.bellwether.devorg.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.http.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Reading Bulk request bodies and writing Bulk JSON responses with the shared mapper. */
public final class BulkJson {
  /** The content type of every Bulk JSON response. */
  public static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";

  private BulkJson() {}

  /**
   * Parses a request body that must be a JSON object. Malformed JSON surfaces as Jackson's
   * exception, which the shared error mapper renders as JSON_PARSER_ERROR.
   */
  public static JsonNode object(String body) throws JsonProcessingException {
    JsonNode node = Json.MAPPER.readTree(body == null ? "" : body);
    if (node == null || !node.isObject()) {
      throw BulkErrors.jsonNotAnObject();
    }
    return node;
  }

  /** A property as text; null when absent or JSON null. */
  public static String text(JsonNode body, String property) {
    JsonNode v = body.get(property);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A 200 response with a JSON body. */
  public static Response ok(Map<String, Object> body) {
    try {
      return Response.ok(Json.MAPPER.writeValueAsString(body), JSON_UTF8).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a job info", e);
    }
  }
}
