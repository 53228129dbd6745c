package dev.bellwether.devorg.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON in and out for the admin endpoints, with the shared Salesforce-style mapper. */
final class JsonResponses {
  static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

  private JsonResponses() {}

  static Response json(int status, Object body) {
    try {
      return Response.status(status).type(JSON).entity(Json.MAPPER.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an admin response", e);
    }
  }

  /** A request body that must be a JSON object; anything else is a 400 naming what was wrong. */
  static JsonNode object(String body) {
    JsonNode node;
    try {
      node = body == null || body.isBlank() ? null : Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "JSON_PARSER_ERROR", e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ApiException(400, "JSON_PARSER_ERROR", "the request body must be a JSON object");
    }
    return node;
  }
}
