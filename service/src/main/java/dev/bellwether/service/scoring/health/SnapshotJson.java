package dev.bellwether.service.scoring.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.metrics.health.Explanation;
import dev.bellwether.metrics.health.HealthScore;
import dev.bellwether.metrics.health.MeasureKind;
import dev.bellwether.metrics.health.MeasureScore;
import dev.bellwether.metrics.health.RawMeasures;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The JSON a health snapshot keeps: per measure its weight, raw value and score (what
 * CS_Health__c.Measure_Scores__c carries too), and the explanation's movers.
 */
public final class SnapshotJson {

  private final ObjectMapper mapper;

  public SnapshotJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@code {"usage":{"weight":20,"raw":84.0,"score":92.5}, "nps":{"weight":10}, ...}}: no raw = no data. */
  public String measures(HealthScore score) {
    ObjectNode root = mapper.createObjectNode();
    for (MeasureScore m : score.measures()) {
      ObjectNode node = root.putObject(m.measure().key());
      node.put("weight", m.weight());
      m.raw().ifPresent(v -> node.put("raw", round(v)));
      m.score().ifPresent(v -> node.put("score", round(v)));
    }
    return write(root);
  }

  /** The raw values a snapshot's measures JSON holds, to score them again with today's scorecard. */
  public RawMeasures rawOf(String measuresJson) {
    Map<MeasureKind, Double> raw = new HashMap<>();
    try {
      JsonNode root = mapper.readTree(measuresJson);
      for (MeasureKind kind : MeasureKind.values()) {
        JsonNode node = root.path(kind.key()).path("raw");
        if (node.isNumber()) {
          raw.put(kind, node.doubleValue());
        }
      }
    } catch (JsonProcessingException e) {
      // A snapshot this version cannot read explains nothing; the new one starts afresh.
      return RawMeasures.none();
    }
    return RawMeasures.of(raw);
  }

  /** {@code {"basis":"SINCE_PREVIOUS","movers":[{"measure":"nps","direction":"DOWN","points":-6.2,...}]}}. */
  public String explanation(Explanation explanation) {
    ObjectNode root = mapper.createObjectNode();
    root.put("basis", explanation.basis().name());
    ArrayNode movers = root.putArray("movers");
    for (Explanation.Mover m : explanation.movers()) {
      ObjectNode node = movers.addObject();
      node.put("measure", m.measure().key());
      node.put("direction", m.direction().name());
      node.put("points", round(m.contributionDelta()));
      put(node, "rawBefore", m.rawBefore());
      put(node, "rawNow", m.rawNow());
    }
    return write(root);
  }

  private static void put(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, round(value.getAsDouble()));
    } else {
      node.putNull(name);
    }
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing snapshot JSON failed", e);
    }
  }
}
