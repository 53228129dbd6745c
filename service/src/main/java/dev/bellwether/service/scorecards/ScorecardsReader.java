package dev.bellwether.service.scorecards;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.metrics.health.ScorecardSetDraft;
import dev.bellwether.metrics.health.ScorecardSetDraft.Card;
import dev.bellwether.metrics.health.ScorecardSetDraft.Limits;
import dev.bellwether.metrics.health.ScorecardSetDraft.Measure;
import dev.bellwether.yamlconfig.ClosestName;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the shape of a scorecards document into a {@link ScorecardSetDraft}: which keys exist,
 * lists and numbers where they belong. What the values mean (weights, thresholds, segments) is
 * the validator's; a value of the wrong type is reported here and left out of the draft.
 */
final class ScorecardsReader {
  static final String SCORECARDS = "scorecards";
  private static final List<String> TOP = List.of(SCORECARDS, "bands", "keyFeatures", "onboardingTargetDays");
  private static final List<String> CARD = List.of("name", "segments", "default", "measures", "bands");
  private static final List<String> MEASURE = List.of("weight", "red", "green");
  private static final List<String> BANDS = List.of("yellow", "green");

  private final ScorecardProblems problems;

  ScorecardsReader(ScorecardProblems problems) {
    this.problems = problems;
  }

  ScorecardSetDraft read(JsonNode root) {
    unknownKeys(root, "", TOP);
    if (!root.has(SCORECARDS)) {
      problems.addAt(1, SCORECARDS, "is required: the list of scorecards, one of them with 'default: true'");
    }
    List<Card> cards = new ArrayList<>();
    JsonNode list = root.path(SCORECARDS);
    if (!list.isMissingNode() && !list.isArray()) {
      problems.add(SCORECARDS, "must be a list of scorecards, each starting with '- name: ...' (was "
          + shown(list) + ")");
    } else {
      for (int i = 0; i < list.size(); i++) {
        cards.add(card(list.get(i), SCORECARDS + "[" + i + "]"));
      }
    }
    return new ScorecardSetDraft(cards, limits(root.get("bands"), "bands"), strings(root.get("keyFeatures"),
        "keyFeatures", "a list of feature names such as [dashboards, reports]"),
        wholeNumber(root.get("onboardingTargetDays"), "onboardingTargetDays"));
  }

  private Card card(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.add(path, "must be a scorecard with name, segments and measures (was " + shown(node) + ")");
      return new Card(null, List.of(), false, Map.of(), null);
    }
    unknownKeys(node, path, CARD);
    String name = null;
    JsonNode nameNode = node.get("name");
    if (nameNode != null && !nameNode.isNull()) {
      if (nameNode.isTextual() || nameNode.isNumber()) {
        name = nameNode.asText();
      } else {
        problems.add(path + ".name", "must be a text such as 'Enterprise' (was " + shown(nameNode) + ")");
      }
    }
    boolean isDefault = false;
    JsonNode defaultNode = node.get("default");
    if (defaultNode != null && !defaultNode.isNull()) {
      if (defaultNode.isBoolean()) {
        isDefault = defaultNode.booleanValue();
      } else {
        problems.add(path + ".default", "must be true or false (was " + shown(defaultNode) + ")");
      }
    }
    List<String> segments = strings(node.get("segments"), path + ".segments",
        "a list of segment names such as [Mid-Market, SMB]");
    return new Card(name, segments, isDefault, measures(node.get("measures"), path + ".measures"),
        limits(node.get("bands"), path + ".bands"));
  }

  private Map<String, Measure> measures(JsonNode node, String path) {
    Map<String, Measure> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out; // the validator asks for at least one
    }
    if (!node.isObject()) {
      problems.add(path, "must map each measure to its settings, e.g. 'nps: {weight: 10, red: -20, green: 40}'"
          + " (was " + shown(node) + ")");
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = path + "." + e.getKey();
      JsonNode settings = e.getValue();
      if (!settings.isObject()) {
        problems.add(at, "must be the measure's weight, red and green, e.g. '{weight: 10, red: -20, green: 40}'"
            + " (was " + shown(settings) + ")");
        out.put(e.getKey(), new Measure(null, null, null));
        continue;
      }
      unknownKeys(settings, at, MEASURE);
      out.put(e.getKey(), new Measure(number(settings.get("weight"), at + ".weight"),
          number(settings.get("red"), at + ".red"), number(settings.get("green"), at + ".green")));
    }
    return out;
  }

  private Limits limits(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      problems.add(path, "must set yellow and green, e.g. '{yellow: 50, green: 75}' (was " + shown(node) + ")");
      return null;
    }
    unknownKeys(node, path, BANDS);
    return new Limits(number(node.get("yellow"), path + ".yellow"), number(node.get("green"), path + ".green"));
  }

  private List<String> strings(JsonNode node, String path, String expected) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isArray()) {
      problems.add(path, "must be " + expected + " (was " + shown(node) + ")");
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (item.isTextual() || item.isNumber()) {
        out.add(item.asText());
      } else {
        problems.add(path + "[" + i + "]", "must be a name (was " + shown(item) + ")");
        out.add("");
      }
    }
    return out;
  }

  private Double number(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      problems.add(path, "must be a number (was " + shown(node) + ")");
      return null;
    }
    return node.doubleValue();
  }

  private Integer wholeNumber(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problems.add(path, "must be a whole number of days (was " + shown(node) + ")");
      return null;
    }
    return node.intValue();
  }

  private void unknownKeys(JsonNode node, String path, List<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!known.contains(key)) {
        problems.add(path.isEmpty() ? key : path + "." + key, "unknown key" + ClosestName.to(key, known)
            .map(k -> "; did you mean '" + k + "'?").orElse("; known: " + String.join(", ", known)));
      }
    }
  }

  /** A value as written, short: 'high', 12, a list, a mapping. */
  static String shown(JsonNode node) {
    if (node.isTextual()) {
      String text = node.asText();
      return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return node.isNull() ? "empty" : node.asText();
  }
}
