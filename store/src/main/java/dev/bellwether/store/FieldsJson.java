package dev.bellwether.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A record's field values as JSON text. Decimals stay exact (1000.50 reads back as 1000.50, not a
 * double), whole numbers read back as Long, and dates and times are stored as ISO text.
 */
public final class FieldsJson {

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /** Writes values as a JSON object; java.time values become ISO text. */
  public String write(Map<String, Object> fields) {
    Map<String, Object> plain = new LinkedHashMap<>();
    fields.forEach((k, v) -> plain.put(k, v instanceof TemporalAccessor ? v.toString() : v));
    try {
      return mapper.writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Field values cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes one value as JSON text (null as {@code null}); java.time values become ISO text. */
  public String writeValue(Object value) {
    try {
      return mapper.writeValueAsString(value instanceof TemporalAccessor ? value.toString() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("A value cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads one value written by {@link #writeValue}; SQL NULL and JSON {@code null} both read as null. */
  public Object readValue(String json) {
    if (json == null) {
      return null;
    }
    try {
      return mapper.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored value is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a JSON object written by {@link #write}. */
  public Map<String, Object> read(String json) {
    try {
      return mapper.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored fields are not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads only the named fields of a JSON object written by {@link #write}, with the same value types
   * as {@link #read}. Jobs that read a whole object's records (scoring reads a million) need a few
   * fields of each: skipping the rest unparsed saves most of the time and all of the garbage.
   */
  public Map<String, Object> read(String json, Set<String> only) {
    Map<String, Object> out = new HashMap<>(Math.max(4, only.size() * 2));
    try (JsonParser p = mapper.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("Stored fields are not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!only.contains(name)) {
          p.skipChildren();
          continue;
        }
        out.put(name, switch (value) {
          case VALUE_NULL -> null;
          case VALUE_STRING -> p.getText();
          case VALUE_TRUE -> Boolean.TRUE;
          case VALUE_FALSE -> Boolean.FALSE;
          case VALUE_NUMBER_INT -> p.getLongValue();
          case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
          default -> mapper.readValue(p, Object.class);
        });
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("Stored fields are not valid JSON: " + e.getMessage(), e);
    }
  }
}
