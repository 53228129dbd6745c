package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One record as a REST client sends it: a JSON object of fields. "attributes" carries the
 * type (collections need it); a null value means "clear this field" (SOAP's fieldsToNull); a
 * nested object names a parent by external id ({"Account": {"Ext__c": "A-1"}}).
 */
record RecordBody(String attributesType, Map<String, Object> fields, Set<String> nulls,
    Map<String, ObjectNode> references) {

  /** Parses a request body that must hold one JSON object. */
  static RecordBody parse(String body) throws JsonProcessingException {
    if (body == null || body.isBlank()) {
      throw new ApiException(400, "JSON_PARSER_ERROR",
          "The HTTP entity body is required, but this request has no entity body.");
    }
    JsonNode node = Json.MAPPER.readTree(body);
    if (!(node instanceof ObjectNode object)) {
      throw new ApiException(400, "JSON_PARSER_ERROR",
          "Cannot deserialize instance of SObject from " + tokenName(node) + " value");
    }
    return of(object);
  }

  /** The fields of one JSON record object. */
  static RecordBody of(ObjectNode node) {
    String type = null;
    Map<String, Object> fields = new LinkedHashMap<>();
    Set<String> nulls = new LinkedHashSet<>();
    Map<String, ObjectNode> references = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode v = e.getValue();
      if (name.equals("attributes")) {
        JsonNode t = v.path("type");
        type = t.isTextual() ? t.asText() : null;
      } else if (v.isNull()) {
        nulls.add(name);
      } else if (v instanceof ObjectNode ref) {
        references.put(name, ref);
      } else if (v.isArray()) {
        throw new ApiException(400, "JSON_PARSER_ERROR",
            "Cannot deserialize instance of " + name + " from START_ARRAY value");
      } else {
        fields.put(name, scalar(v));
      }
    }
    return new RecordBody(type, fields, nulls, references);
  }

  /** The body's value of a field, ignoring the case of its name; null when absent. */
  Object value(String fieldName) {
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      if (e.getKey().equalsIgnoreCase(fieldName)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static Object scalar(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return v.numberValue();
    }
    return v.asText();
  }

  private static String tokenName(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "END_OF_INPUT";
    }
    if (node.isArray()) {
      return "START_ARRAY";
    }
    return node.isTextual() ? "VALUE_STRING" : node.isNumber() ? "VALUE_NUMBER" : "VALUE_" + node.getNodeType();
  }
}
