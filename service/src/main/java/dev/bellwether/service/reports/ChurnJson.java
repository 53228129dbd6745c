package dev.bellwether.service.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.metrics.churn.ChurnAnalysis;
import dev.bellwether.metrics.churn.ChurnAnalysis.Tally;
import dev.bellwether.metrics.churn.ChurnReason;
import dev.bellwether.metrics.churn.ChurnedAccount;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.util.List;
import java.util.Map;

/**
 * The churn report as JSON, the same for {@code bellwether churn --format json} and {@code GET
 * /admin/churn}:
 *
 * <pre>
 * {"orgId", "from", "to", "asOf", "currency",
 *  "total": {"count", "arrLost"},
 *  "controllable": {"count", "arrLost", "shareOfCountPercent", "shareOfArrPercent"}, "uncontrollable": {...},
 *  "byReason": [{"reason", "controllable", "count", "arrLost", "segments": {"SMB": {"count", "arrLost"}}}],
 *  "bySegment": {"SMB": {"count", "arrLost"}},
 *  "topCompetitors": [{"competitor", "count", "arrLost"}],
 *  "missingReasons": {"total", "byOwner": {"Sam Park": [{"accountId", "accountName", "churnDate", "arrLost"}]}},
 *  "notDefined": {"controllable.shareOfCountPercent": "no churn between ..."}, "notes": [...]}
 * </pre>
 *
 * Every reason of the taxonomy is listed, in its order, with zero counts too; a share that is not
 * defined is null with its reason in {@code notDefined}.
 */
public final class ChurnJson {

  private ChurnJson() {}

  public static ObjectNode of(ChurnReport report, ObjectMapper mapper) {
    ChurnAnalysis a = report.analysis();
    ObjectNode root = mapper.createObjectNode();
    root.put("orgId", report.orgId());
    root.put("from", report.from().toString());
    root.put("to", report.to().toString());
    root.put("asOf", report.asOf().toString());
    root.put("currency", report.settings().currency());
    ObjectNode notDefined = mapper.createObjectNode();
    tally(root.putObject("total"), a.total());
    share(root.putObject("controllable"), "controllable", a.controllable(), a.controllableShareByCount(),
        a.controllableShareByArr(), notDefined);
    share(root.putObject("uncontrollable"), "uncontrollable", a.uncontrollable(), a.uncontrollableShareByCount(),
        a.uncontrollableShareByArr(), notDefined);
    ArrayNode reasons = root.putArray("byReason");
    for (Map.Entry<ChurnReason, Tally> e : a.byReason().entrySet()) {
      ObjectNode reason = reasons.addObject();
      reason.put("reason", e.getKey().picklistValue());
      reason.put("controllable", e.getKey().controllable());
      tally(reason, e.getValue());
      ObjectNode segments = reason.putObject("segments");
      a.cells().stream().filter(c -> c.reason().equals(e.getKey()))
          .forEach(c -> tally(segments.putObject(c.segment()), c.tally()));
    }
    ObjectNode segments = root.putObject("bySegment");
    a.bySegment().forEach((segment, t) -> tally(segments.putObject(segment), t));
    ArrayNode competitors = root.putArray("topCompetitors");
    a.topCompetitors(ChurnReport.TOP_COMPETITORS).forEach(c -> {
      ObjectNode node = competitors.addObject();
      node.put("competitor", c.competitor());
      node.put("count", c.count());
      node.put("arrLost", Figures.round(c.arrLost().amount(), MetricUnit.MONEY));
    });
    ObjectNode missing = root.putObject("missingReasons");
    missing.put("total", report.missing().total());
    ObjectNode byOwner = missing.putObject("byOwner");
    for (Map.Entry<String, List<ChurnedAccount>> owner : report.missing().byOwner().entrySet()) {
      ArrayNode accounts = byOwner.putArray(owner.getKey());
      for (ChurnedAccount account : owner.getValue()) {
        ObjectNode node = accounts.addObject();
        node.put("accountId", account.accountId());
        node.put("accountName", report.accountName(account.accountId()));
        node.put("churnDate", account.churnDate().toString());
        node.put("arrLost", Figures.round(account.arrLost().amount(), MetricUnit.MONEY));
      }
    }
    root.set("notDefined", notDefined);
    report.notes().forEach(root.putArray("notes")::add);
    return root;
  }

  private static void tally(ObjectNode node, Tally tally) {
    node.put("count", tally.count());
    node.put("arrLost", Figures.round(tally.arrLost().amount(), MetricUnit.MONEY));
  }

  private static void share(ObjectNode node, String name, Tally tally, MetricValue<Ratio> byCount,
      MetricValue<Ratio> byArr, ObjectNode notDefined) {
    tally(node, tally);
    percent(node, name, "shareOfCountPercent", byCount, notDefined);
    percent(node, name, "shareOfArrPercent", byArr, notDefined);
  }

  private static void percent(ObjectNode node, String name, String key, MetricValue<Ratio> ratio,
      ObjectNode notDefined) {
    if (ratio.isDefined()) {
      node.put(key, Figures.round(ratio.value().percent(), MetricUnit.PERCENT));
    } else {
      node.putNull(key);
      notDefined.put(name + "." + key, ratio.reason().orElseThrow());
    }
  }
}
