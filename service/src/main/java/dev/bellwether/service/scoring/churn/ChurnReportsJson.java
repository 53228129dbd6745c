package dev.bellwether.service.scoring.churn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.metrics.prediction.BacktestReport;
import dev.bellwether.metrics.prediction.Calibration;
import dev.bellwether.metrics.prediction.Contribution;
import dev.bellwether.metrics.prediction.KpiValidationReport;
import dev.bellwether.metrics.prediction.RiskExplanation;
import dev.bellwether.metrics.prediction.RiskiestShare;
import dev.bellwether.metrics.result.MetricValue;
import java.util.OptionalDouble;

/** The churn model's reports as JSON: the backtest, the KPI validation and per-account risk. */
public final class ChurnReportsJson {

  private final ObjectMapper mapper;

  public ChurnReportsJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectNode kpiValidation(KpiValidationReport report) {
    ObjectNode root = mapper.createObjectNode();
    root.put("renewals", report.renewals());
    root.put("churned", report.churned());
    ArrayNode rows = root.putArray("measures");
    report.measures().forEach(r -> row(rows.addObject(), r));
    row(root.putObject("composite"), report.composite());
    root.put("compositeBeatsEveryMeasure", report.compositeBeatsEveryMeasure());
    root.put("compositeVerdict", report.compositeVerdict());
    if (report.suggestedWeights().isDefined()) {
      ObjectNode weights = root.putObject("suggestedWeights");
      report.suggestedWeights().value().forEach((k, v) -> weights.put(k, round(v)));
    } else {
      root.put("suggestedWeights", report.suggestedWeights().reason().orElse(""));
    }
    return root;
  }

  private static void row(ObjectNode node, KpiValidationReport.Row r) {
    node.put("feature", r.feature());
    node.put("withData", r.withData());
    node.put("churnedWithData", r.churnedWithData());
    value(node, "auc", r.auc());
    node.put("direction", r.direction().name());
    value(node, "worstFifthLift", r.worstFifthLift());
    node.put("verdict", r.verdict().name());
    node.put("reason", r.reason());
  }

  public ObjectNode backtest(MetricValue<BacktestReport> backtest) {
    ObjectNode root = mapper.createObjectNode();
    if (!backtest.isDefined()) {
      root.put("notDefined", backtest.reason().orElse(""));
      return root;
    }
    BacktestReport b = backtest.value();
    root.put("cutDate", b.cutDate().toString());
    root.put("gapDays", b.gapDays());
    root.putObject("train").put("renewals", b.train().renewals()).put("churned", b.train().churned());
    root.putObject("test").put("renewals", b.test().renewals()).put("churned", b.test().churned());
    value(root, "auc", b.auc());
    value(root, "brierScore", b.brierScore());
    if (b.riskiestTenth().isDefined()) {
      RiskiestShare s = b.riskiestTenth().value();
      ObjectNode top = root.putObject("riskiestTenth");
      top.put("count", s.count());
      top.put("churned", round(s.churnedInShare()));
      top.put("precision", round(s.precision()));
      top.put("baseRate", round(s.baseRate()));
      value(top, "lift", s.lift());
    } else {
      root.put("riskiestTenth", b.riskiestTenth().reason().orElse(""));
    }
    ArrayNode bins = root.putArray("calibration");
    for (Calibration.Bin bin : b.calibration().bins()) {
      ObjectNode n = bins.addObject();
      n.put("lower", round(bin.lower()));
      n.put("upper", round(bin.upper()));
      n.put("count", bin.count());
      n.put("churned", bin.churned());
      optional(n, "meanPredicted", bin.meanPredicted());
      optional(n, "observedRate", bin.observedRate());
    }
    return root;
  }

  /** The top contributions behind an account's risk, for CS_Churn_Risk__c's explanation. */
  public ArrayNode contributions(RiskExplanation explanation, int top) {
    ArrayNode out = mapper.createArrayNode();
    for (Contribution c : explanation.top(top)) {
      ObjectNode n = out.addObject();
      n.put("feature", c.feature());
      optional(n, "value", c.value());
      n.put("logOdds", round(c.contribution()));
      n.put("direction", c.direction().name());
    }
    return out;
  }

  private static void value(ObjectNode node, String name, MetricValue<Double> value) {
    if (value.isDefined()) {
      node.put(name, round(value.value()));
    } else {
      node.putNull(name);
      node.put(name + "NotDefined", value.reason().orElse(""));
    }
  }

  private static void optional(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, round(value.getAsDouble()));
    } else {
      node.putNull(name);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
