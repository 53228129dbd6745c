package dev.bellwether.yamlconfig;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The line each key of a YAML document sits on, by dotted path ("mappings.Account.fields.Name"),
 * and of each list element, by index ("scorecards[1]", "scorecards[1].segments[0]").
 * Jackson's tree forgets locations, so a streaming pass records them. It also notices keys written
 * twice in one mapping, ignoring case because Salesforce API names ignore case: the tree would
 * silently keep only one of "Name" and "Name", and keep both "Name" and "name".
 */
public final class KeyLines {
  /** A key written a second time in the same mapping, possibly spelled with other case. */
  public record Duplicate(String path, int line, String firstSpelling, int firstLine) {}

  private record Seen(String spelling, int line) {}

  private final Map<String, Integer> lines = new HashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();

  private KeyLines() {
  }

  /** Reads the whole document from a parser positioned before its first token. */
  public static KeyLines read(JsonParser parser) throws IOException {
    KeyLines out = new KeyLines();
    if (parser.nextToken() != null) {
      out.walk(parser, "");
    }
    return out;
  }

  private void walk(JsonParser p, String path) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      Map<String, Seen> siblings = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String child = path.isEmpty() ? name : path + "." + name;
        int line = p.currentTokenLocation().getLineNr();
        lines.putIfAbsent(child, line);
        Seen first = siblings.putIfAbsent(name.toLowerCase(Locale.ROOT), new Seen(name, line));
        if (first != null) {
          duplicates.add(new Duplicate(child, line, first.spelling(), first.line()));
        }
        p.nextToken();
        walk(p, child);
      }
    } else if (p.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String element = path + "[" + i++ + "]";
        // An element has no key of its own; its first token's line lets "list[1].missing" point at it.
        lines.putIfAbsent(element, p.currentTokenLocation().getLineNr());
        walk(p, element);
      }
    }
  }

  /** The line of the key at {@code path}, else of its nearest written ancestor, else 1. */
  public int lineOf(String path) {
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
    }
    return 1;
  }

  /** Every key written twice, in document order. */
  public List<Duplicate> duplicates() {
    return duplicates;
  }

  /** "a.b[2]" is in the list "a.b", which is in "a". */
  private static String parent(String path) {
    if (path.endsWith("]")) {
      return path.substring(0, path.lastIndexOf('['));
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }
}
