package dev.bellwether.service.scoring;

import dev.bellwether.metrics.prediction.TrainingResult;
import java.time.Duration;
import java.util.Map;

/** A scoring run's report as the lines the CLI prints. */
public final class ScoringReportText {

  private ScoringReportText() {}

  public static String of(ScoringReport r) {
    StringBuilder out = new StringBuilder();
    out.append("scored org ").append(r.orgId()).append(" as of ").append(r.asOf()).append(": ").append(r.accounts())
        .append(" accounts, ").append(r.scored()).append(" with a score\n");
    out.append("renewals: ").append(r.renewals()).append(" tracked, ").append(r.openRenewals()).append(" open\n");
    out.append("churn model: ");
    if (r.churn().reusedFrom().isPresent()) {
      out.append("reused the model trained ").append(r.churn().reusedFrom().get()).append(" on ")
          .append(r.churn().training().renewals()).append(" closed renewals (retrained weekly), ")
          .append(r.churn().risks().size()).append(" accounts scored for risk\n");
    } else if (r.churn().training() instanceof TrainingResult.Trained t) {
      out.append("trained on ").append(t.renewals()).append(" closed renewals (").append(t.churned())
          .append(" churned), ").append(r.churn().risks().size()).append(" accounts scored for risk\n");
    } else {
      out.append("not trained: ").append(((TrainingResult.Refused) r.churn().training()).reason()).append('\n');
    }
    out.append("to the CRM (changed only): ").append(r.writes().accountsChanged()).append(" accounts, ")
        .append(r.writes().snapshots()).append(" health snapshots, ").append(r.writes().renewalsChanged())
        .append(" renewals, ").append(r.writes().remindersCreated()).append(" reminder tasks, ")
        .append(r.writes().churnReasonsChanged()).append(" churn reasons\n");
    out.append("stages:");
    for (Map.Entry<String, Duration> stage : r.stages().entrySet()) {
      out.append(String.format(" %s %.1f s;", stage.getKey(), stage.getValue().toMillis() / 1000.0));
    }
    out.append(String.format(" total %.1f s%n", r.total().toMillis() / 1000.0));
    return out.toString();
  }
}
