package dev.bellwether.devorg.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Canvas app an Aura component embeds: the first {@code <force:canvasApp>} of its
 * .cmp markup, its developerName and, when written as a JSON literal, its parameters. Aura
 * markup uses undeclared namespace prefixes (aura:, force:), which an XML parser refuses, so
 * the tag is matched as text.
 */
final class AuraCanvasReader {
  /** What a component embeds; parameters are empty when the markup computes them ({!...}). */
  record Embed(String developerName, Map<String, String> parameters) {}

  private static final Pattern TAG = Pattern.compile("<force:canvasApp\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([A-Za-z]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuraCanvasReader() {}

  /** The embedded app, or empty when the component has no force:canvasApp. */
  static Optional<Embed> read(byte[] markup, ComponentRef ref) throws MetadataException {
    String text = new String(markup, StandardCharsets.UTF_8);
    Matcher tag = TAG.matcher(text);
    if (!tag.find()) {
      return Optional.empty();
    }
    int line = lineOf(text, tag.start());
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(tag.group(1));
    while (a.find()) {
      attributes.put(a.group(1), unescape(a.group(2) != null ? a.group(2) : a.group(3)));
    }
    String developerName = attributes.get("developerName");
    if (developerName == null || developerName.isBlank() || developerName.startsWith("{!")) {
      throw new MetadataException(MetadataProblem.at(ref, line,
          "<force:canvasApp> needs a literal developerName (devorg finds the Canvas app by it)"));
    }
    String parameters = attributes.get("parameters");
    if (parameters == null || parameters.isBlank() || parameters.trim().startsWith("{!")) {
      return Optional.of(new Embed(developerName, Map.of()));
    }
    return Optional.of(new Embed(developerName, parameters(parameters, ref, line)));
  }

  private static Map<String, String> parameters(String json, ComponentRef ref, int line)
      throws MetadataException {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new MetadataException(MetadataProblem.at(ref, line,
          "<force:canvasApp> parameters are not a JSON object: " + e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new MetadataException(MetadataProblem.at(ref, line,
          "<force:canvasApp> parameters must be a JSON object, not '" + json + "'"));
    }
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(),
        e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    return out;
  }

  private static String unescape(String attribute) {
    return attribute.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
