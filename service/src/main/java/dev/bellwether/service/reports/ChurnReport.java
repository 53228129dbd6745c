package dev.bellwether.service.reports;

import dev.bellwether.metrics.churn.ChurnAnalysis;
import dev.bellwether.metrics.churn.MissingChurnReasons;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Why an org's customers left in a range of days (both included), and which churned accounts no
 * one has recorded a reason for yet, by owner.
 *
 * @param asOf the day renewal statuses were judged on
 * @param accountNames account names by id, for the missing-reasons list
 * @param notes CS_Churn_Reason__c records left out or completed, and why
 */
public record ChurnReport(String orgId, LocalDate from, LocalDate to, LocalDate asOf, ReportSettings settings,
    ChurnAnalysis analysis, MissingChurnReasons missing, Map<String, String> accountNames, List<String> notes) {

  /** How many competitors the report names. */
  public static final int TOP_COMPETITORS = 5;

  public ChurnReport {
    accountNames = Map.copyOf(accountNames);
    notes = List.copyOf(notes);
  }

  /** One line saying what the figures are. */
  public String heading() {
    return "Churn from " + from + " to " + to + " of org " + orgId + "; as of " + asOf + ", amounts in "
        + settings.currency();
  }

  /** The account's name, or its id when the CRM no longer has it. */
  public String accountName(String accountId) {
    String name = accountNames.get(accountId);
    return name == null || name.isBlank() ? accountId : name;
  }
}
