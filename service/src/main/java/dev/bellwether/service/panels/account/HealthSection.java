package dev.bellwether.service.panels.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.metrics.health.Band;
import dev.bellwether.metrics.health.MeasureKind;
import dev.bellwether.metrics.health.MeasureUnit;
import dev.bellwether.service.panels.charts.Sparkline;
import dev.bellwether.store.scoring.HealthOverrideRow;
import dev.bellwether.store.scoring.HealthSnapshotRow;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * The health part of the panel: score, band, coverage and trend, the 12-month sparkline, each
 * measure's raw value, weight and score, what moved the score, and an active override.
 */
final class HealthSection {
  static final int MONTHS = 12;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Sparkline sparkline = new Sparkline(240, 48);

  Map<String, Object> model(AccountFacts facts, PanelView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    Optional<HealthSnapshotRow> latest = facts.snapshots().stream().findFirst();
    Optional<HealthOverrideRow> override = facts.override().filter(o -> !o.expiresOn().isBefore(v.today()));
    boolean scored = latest.map(HealthSnapshotRow::score).isPresent();
    m.put("scored", scored);
    m.put("override", override.map(o -> override(o, v)).orElse(null));
    if (!scored) {
      return m;
    }
    HealthSnapshotRow s = latest.get();
    String band = override.map(HealthOverrideRow::band).orElse(s.band());
    m.put("score", v.one(s.score()));
    m.put("band", band == null ? "" : bandLabel(band, v));
    m.put("bandClass", band == null ? "none" : bandClass(band));
    m.put("coverage", v.msg().format("health.coverage", s.measuresScored(), s.measuresTotal()));
    m.put("trend", s.trend() == null ? "" : v.msg().format("health.trend", v.signed(s.trend())));
    m.put("asOf", v.fmt().date(s.snapshotDate()));
    m.put("sparkline", sparkline.draw(monthly(facts.snapshots(), v.today()), v.msg().get("health.sparkline")));
    m.put("measures", measures(s.measuresJson(), v));
    m.put("movers", movers(s.explanationJson(), v));
    m.put("basis", basis(s.explanationJson(), v));
    return m;
  }

  /** Each of the last 12 months' score as of its last day (today for this month); null without one. */
  static List<Double> monthly(List<HealthSnapshotRow> newestFirst, LocalDate today) {
    List<Double> out = new ArrayList<>();
    for (int k = MONTHS - 1; k >= 0; k--) {
      LocalDate end = k == 0 ? today : today.minusMonths(k).with(TemporalAdjusters.lastDayOfMonth());
      out.add(newestFirst.stream().filter(r -> !r.snapshotDate().isAfter(end)).findFirst()
          .map(HealthSnapshotRow::score).orElse(null));
    }
    return out;
  }

  private static Map<String, Object> override(HealthOverrideRow o, PanelView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("band", bandLabel(o.band(), v));
    m.put("text", v.msg().format("health.override", bandLabel(o.band(), v), o.author(), v.fmt().date(o.expiresOn())));
    m.put("reason", o.reason());
    return m;
  }

  private static String bandLabel(String band, PanelView v) {
    return v.picklist("band", band);
  }

  /** A CSS class from the band: only the three known ones, so no stored text reaches a class name. */
  private static String bandClass(String band) {
    try {
      return Band.fromLabel(band).name().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "none";
    }
  }

  private static List<Map<String, Object>> measures(String json, PanelView v) {
    List<Map<String, Object>> out = new ArrayList<>();
    JsonNode root = read(json);
    for (Iterator<Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Entry<String, JsonNode> e = it.next();
      JsonNode n = e.getValue();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("key", e.getKey().replaceAll("[^a-z0-9_]", ""));
      row.put("label", measureLabel(e.getKey(), v));
      boolean data = n.path("raw").isNumber();
      row.put("hasData", data);
      row.put("raw", data ? raw(e.getKey(), n.path("raw").doubleValue(), v) : v.msg().get("health.noData"));
      row.put("weight", n.path("weight").isNumber() ? v.one(n.path("weight").doubleValue()) : "");
      row.put("score", n.path("score").isNumber() ? v.one(n.path("score").doubleValue()) : "");
      out.add(row);
    }
    return out;
  }

  private static List<Map<String, Object>> movers(String json, PanelView v) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode n : read(json).path("movers")) {
      String key = n.path("measure").asText();
      double points = n.path("points").asDouble();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("up", points > 0);
      row.put("text", v.msg().format("health.mover", measureLabel(key, v), rawOrDash(key, n.path("rawBefore"), v),
          rawOrDash(key, n.path("rawNow"), v), v.signed(points)));
      out.add(row);
    }
    return out;
  }

  private static String basis(String json, PanelView v) {
    return "FIRST_SNAPSHOT".equals(read(json).path("basis").asText()) ? v.msg().get("health.basis.first")
        : v.msg().get("health.basis.previous");
  }

  static String measureLabel(String key, PanelView v) {
    return v.msg().getOr("measure." + key, key);
  }

  private static String rawOrDash(String key, JsonNode n, PanelView v) {
    return n.isNumber() ? raw(key, n.doubleValue(), v) : "—";
  }

  /** A raw value with its unit: 84%, 3 cases, 12 days, NPS 40. */
  static String raw(String key, double value, PanelView v) {
    MeasureUnit unit = MeasureKind.fromKey(key).map(MeasureKind::unit).orElse(null);
    String n = v.one(value);
    if (unit == null) {
      return n;
    }
    return switch (unit) {
      case PERCENT -> v.msg().format("unit.percent", n);
      case DAYS -> v.msg().format("unit.days", n);
      case CASES -> v.msg().format("unit.cases", n);
      case NPS_POINTS -> v.msg().format("unit.nps", n);
    };
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      // A snapshot written by another version explains nothing here; the numbers above still show.
      return JSON.createObjectNode();
    }
  }
}
