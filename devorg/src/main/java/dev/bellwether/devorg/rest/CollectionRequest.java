package dev.bellwether.devorg.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.devorg.http.ApiException;
import dev.bellwether.devorg.http.Json;
import java.util.ArrayList;
import java.util.List;

/** The body of an sObject collection write: {"allOrNone": bool, "records": [...]}. */
record CollectionRequest(boolean allOrNone, List<ObjectNode> records) {
  /** Salesforce's limit on records (and ids) in one collection call. */
  static final int MAX_RECORDS = 200;

  static CollectionRequest parse(String body) throws JsonProcessingException {
    if (body == null || body.isBlank()) {
      throw new ApiException(400, "JSON_PARSER_ERROR",
          "The HTTP entity body is required, but this request has no entity body.");
    }
    JsonNode root = Json.MAPPER.readTree(body);
    if (!(root instanceof ObjectNode object)) {
      throw new ApiException(400, "JSON_PARSER_ERROR",
          "Cannot deserialize instance of SObjectCollection from a non-object value");
    }
    JsonNode records = object.path("records");
    if (!records.isArray()) {
      throw new ApiException(400, "JSON_PARSER_ERROR", "The records property is required and must be an array");
    }
    checkCount(records.size());
    List<ObjectNode> list = new ArrayList<>(records.size());
    for (JsonNode r : records) {
      if (!(r instanceof ObjectNode rec)) {
        throw new ApiException(400, "JSON_PARSER_ERROR",
            "Cannot deserialize instance of SObject from a non-object value in records");
      }
      list.add(rec);
    }
    JsonNode aon = object.path("allOrNone");
    return new CollectionRequest(aon.isBoolean() ? aon.asBoolean() : Boolean.parseBoolean(aon.asText("false")), list);
  }

  /** More than 200 records or ids → 400 EXCEEDED_ID_LIMIT. */
  static void checkCount(int n) {
    if (n > MAX_RECORDS) {
      throw new ApiException(400, "EXCEEDED_ID_LIMIT",
          "Record limit reached. Cannot submit more than " + MAX_RECORDS + " records into this call");
    }
  }
}
