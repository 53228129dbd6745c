package dev.bellwether.service.reports;

import dev.bellwether.metrics.churn.ChurnAnalysis;
import dev.bellwether.metrics.churn.ChurnAnalysis.Tally;
import dev.bellwether.metrics.churn.ChurnedAccount;
import dev.bellwether.metrics.result.MetricValue;
import dev.bellwether.metrics.result.Ratio;
import java.util.List;
import java.util.Map;

/**
 * The churn report for people: totals with the controllable and uncontrollable shares, churn by
 * reason and segment, by segment, the top competitors, then the churned accounts without a
 * reason under each owner, and notes on records left out.
 */
final class ChurnTable {

  private ChurnTable() {}

  static String render(ChurnReport report) {
    ChurnAnalysis a = report.analysis();
    Footnotes notes = new Footnotes();
    StringBuilder out = new StringBuilder(report.heading()).append("\n\n");
    Tally total = a.total();
    out.append("Churned: ").append(churns(total.count())).append(", ").append(money(total)).append(" ARR lost\n");
    out.append("Controllable: ").append(share(a.controllable(), a.controllableShareByCount(),
        a.controllableShareByArr(), notes)).append('\n');
    out.append("Uncontrollable: ").append(share(a.uncontrollable(), a.uncontrollableShareByCount(),
        a.uncontrollableShareByArr(), notes)).append("\n\n");

    TextTable cells = new TextTable(List.of("Reason", "Controllable", "Segment", "Churns", "ARR lost"), 3);
    a.cells().forEach(c -> cells.row(List.of(c.reason().picklistValue(), c.reason().controllable() ? "yes" : "no",
        c.segment(), String.valueOf(c.count()), money(c.tally()))));
    out.append("By reason and segment:\n").append(cells.isEmpty() ? "  (no churn reason recorded in the range)\n"
        : cells.render()).append('\n');

    TextTable segments = new TextTable(List.of("Segment", "Churns", "ARR lost"), 1);
    a.bySegment().forEach((segment, tally) -> segments.row(List.of(segment, String.valueOf(tally.count()),
        money(tally))));
    if (!segments.isEmpty()) {
      out.append("By segment:\n").append(segments.render()).append('\n');
    }

    TextTable competitors = new TextTable(List.of("Competitor", "Churns", "ARR lost"), 1);
    a.topCompetitors(ChurnReport.TOP_COMPETITORS).forEach(c -> competitors.row(List.of(c.competitor(),
        String.valueOf(c.count()), Figures.display(c.arrLost().amount(), MetricUnit.MONEY))));
    out.append("Top competitors:\n").append(competitors.isEmpty() ? "  (none named)\n" : competitors.render())
        .append('\n');

    missing(out, report);
    if (!notes.isEmpty()) {
      out.append("\nNot defined:\n").append(notes.render());
    }
    if (!report.notes().isEmpty()) {
      out.append("\nNotes:\n");
      report.notes().forEach(n -> out.append("  ").append(n).append('\n'));
    }
    return out.toString();
  }

  private static void missing(StringBuilder out, ChurnReport report) {
    int count = report.missing().total();
    out.append("Churned accounts without a reason: ").append(count);
    if (count == 0) {
      out.append('\n');
      return;
    }
    out.append(" (record one in CS_Churn_Reason__c)\n");
    for (Map.Entry<String, List<ChurnedAccount>> owner : report.missing().byOwner().entrySet()) {
      out.append(owner.getKey()).append(" (").append(owner.getValue().size()).append("):\n");
      TextTable accounts = new TextTable(List.of("  Account", "Id", "Churn date", "ARR lost"), 3);
      for (ChurnedAccount account : owner.getValue()) {
        accounts.row(List.of("  " + report.accountName(account.accountId()), account.accountId(),
            account.churnDate().toString(), Figures.display(account.arrLost().amount(), MetricUnit.MONEY)));
      }
      out.append(accounts.render());
    }
  }

  private static String share(Tally tally, MetricValue<Ratio> byCount, MetricValue<Ratio> byArr, Footnotes notes) {
    return churns(tally.count()) + " (" + percent(byCount, notes) + " of churns), " + money(tally) + " ARR lost ("
        + percent(byArr, notes) + " of ARR lost)";
  }

  private static String percent(MetricValue<Ratio> ratio, Footnotes notes) {
    return ratio.isDefined() ? Figures.display(ratio.value().percent(), MetricUnit.PERCENT)
        : notes.mark(ratio.reason().orElseThrow());
  }

  private static String churns(int count) {
    return count + (count == 1 ? " churn" : " churns");
  }

  private static String money(Tally tally) {
    return Figures.display(tally.arrLost().amount(), MetricUnit.MONEY);
  }
}
