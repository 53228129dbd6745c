package dev.bellwether.service.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Reads one JSON object's fields into {@link RecordFields}, the parser positioned on its START_OBJECT. */
final class JsonObjects {

  private JsonObjects() {
  }

  /** Reads up to and including the object's END_OBJECT. */
  static RecordFields read(JsonParser parser) throws IOException {
    RecordFields fields = new RecordFields();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (value) {
        case VALUE_NULL -> fields.put(name, null);
        case START_OBJECT -> {
          fields.putStructured(name, "an object");
          parser.skipChildren();
        }
        case START_ARRAY -> {
          fields.putStructured(name, "an array");
          parser.skipChildren();
        }
        default -> fields.put(name, parser.getText());
      }
    }
    return fields;
  }

  /** "an array", "a string", ... for a token where an object was expected. */
  static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }
}
