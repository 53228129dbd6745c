package dev.bellwether.service.panels.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bellwether.store.StoredRecord;
import dev.bellwether.store.scoring.ChurnRiskRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The renewal card (the next open CS_Renewal__c) and the churn risk with its top drivers. */
final class RenewalSection {
  /** CS_Renewal__c statuses of a renewal still to happen (domain.md, "Renewals"). */
  private static final Set<String> OPEN = Set.of("Upcoming", "In progress");
  private static final int DRIVERS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The next open renewal on or after today, else the latest one; empty without renewals. */
  static Optional<StoredRecord> next(List<StoredRecord> renewals, LocalDate today) {
    Comparator<StoredRecord> byDate = Comparator.comparing(r -> dateOf(r), Comparator.nullsFirst(
        Comparator.naturalOrder()));
    Optional<StoredRecord> open = renewals.stream()
        .filter(r -> OPEN.contains(new RecordFields(r.fields()).text("Status__c")))
        .filter(r -> dateOf(r) != null && !dateOf(r).isBefore(today)).min(byDate);
    return open.isPresent() ? open : renewals.stream().max(byDate);
  }

  Map<String, Object> renewal(AccountFacts facts, PanelView v) {
    Optional<StoredRecord> next = next(facts.renewals(), v.today());
    if (next.isEmpty()) {
      return null;
    }
    RecordFields f = new RecordFields(next.get().fields());
    Map<String, Object> m = new LinkedHashMap<>();
    LocalDate date = f.date("Renewal_Date__c");
    m.put("date", date == null ? v.msg().get("value.none") : v.fmt().date(date));
    long days = date == null ? 0 : ChronoUnit.DAYS.between(v.today(), date);
    m.put("daysLeft", date == null ? "" : days >= 0 ? v.msg().format("renewal.daysLeft", days)
        : v.msg().format("renewal.daysAgo", -days));
    BigDecimal arr = f.decimal("ARR_Up_For_Renewal__c");
    m.put("arr", arr == null ? v.msg().get("value.none") : v.fmt().money(arr));
    m.put("forecast", v.picklist("forecast", f.text("Forecast_Category__c")));
    BigDecimal likelihood = f.decimal("System_Likelihood__c");
    m.put("likelihood", likelihood == null ? v.msg().get("value.none")
        : v.msg().format("unit.percent", v.one(likelihood.doubleValue())));
    m.put("risk", v.picklist("risk", f.text("Risk_Level__c")));
    m.put("status", v.picklist("renewalStatus", f.text("Status__c")));
    return m;
  }

  Map<String, Object> churn(AccountFacts facts, PanelView v) {
    if (facts.churnRisk().isEmpty()) {
      return null;
    }
    ChurnRiskRow r = facts.churnRisk().get();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("percent", v.msg().format("unit.percent", v.one(r.probability() * 100)));
    List<String> drivers = new ArrayList<>();
    for (JsonNode c : read(r.contributionsJson())) {
      if (drivers.size() == DRIVERS) {
        break;
      }
      String label = HealthSection.measureLabel(c.path("feature").asText(), v);
      String value = c.path("value").isNumber() ? v.one(c.path("value").doubleValue()) : "—";
      drivers.add(v.msg().format(c.path("logOdds").asDouble() > 0 ? "churn.raises" : "churn.lowers", label, value));
    }
    m.put("drivers", drivers);
    m.put("scoredAt", v.fmt().date(r.scoredAt()));
    return m;
  }

  private static LocalDate dateOf(StoredRecord r) {
    return new RecordFields(r.fields()).date("Renewal_Date__c");
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return JSON.createArrayNode();
    }
  }
}
