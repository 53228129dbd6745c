package dev.bellwether.connector.salesforce.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line each key of a YAML document sits on, by dotted path ("salesforce.auth.method").
 * Jackson's tree forgets locations, so a streaming pass records them; it also notices keys
 * written twice, which the tree would silently collapse to the last one.
 */
final class KeyLines {
  /** A key written twice in the same mapping. */
  record Duplicate(String path, int line, int firstLine) {}

  private final Map<String, Integer> lines = new HashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();

  private KeyLines() {
  }

  /** Reads the whole document from a parser positioned before its first token. */
  static KeyLines read(JsonParser parser) throws IOException {
    KeyLines out = new KeyLines();
    if (parser.nextToken() != null) {
      out.walk(parser, "");
    }
    return out;
  }

  private void walk(JsonParser p, String path) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String child = path.isEmpty() ? p.currentName() : path + "." + p.currentName();
        int line = p.currentTokenLocation().getLineNr();
        Integer first = lines.putIfAbsent(child, line);
        if (first != null) {
          duplicates.add(new Duplicate(child, line, first));
        }
        p.nextToken();
        walk(p, child);
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        walk(p, path + "[" + i++ + "]");
      }
    }
  }

  /** The line of the key at {@code path}, else of its nearest written ancestor, else 1. */
  int lineOf(String path) {
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
    }
    return 1;
  }

  List<Duplicate> duplicates() {
    return duplicates;
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }
}
