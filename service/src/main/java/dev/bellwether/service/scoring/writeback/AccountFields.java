package dev.bellwether.service.scoring.writeback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Account CS_* values of one account after a run, in store form (numbers rounded to the
 * field's scale, dates as ISO text, blanks as null).
 */
public record AccountFields(BigDecimal healthScore, String healthBand, BigDecimal healthTrend, BigDecimal arr,
    LocalDate nextRenewalDate, String renewalRisk, BigDecimal churnRiskPercent, Integer nps, String lifecycleStage) {

  /** The Account fields a run writes (CS_Last_Scored__c aside), in {@link #values()} order. */
  public static final java.util.List<String> NAMES = java.util.List.of("CS_Health_Score__c", "CS_Health_Band__c",
      "CS_Health_Trend__c", "CS_ARR__c", "CS_Next_Renewal_Date__c", "CS_Renewal_Risk__c", "CS_Churn_Risk__c",
      "CS_NPS__c", "CS_Lifecycle_Stage__c");

  /** The values by API field name; null values blank the field in the CRM. */
  public Map<String, Object> values() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("CS_Health_Score__c", scale(healthScore));
    v.put("CS_Health_Band__c", healthBand);
    v.put("CS_Health_Trend__c", scale(healthTrend));
    v.put("CS_ARR__c", scale(arr));
    v.put("CS_Next_Renewal_Date__c", nextRenewalDate == null ? null : nextRenewalDate.toString());
    v.put("CS_Renewal_Risk__c", renewalRisk);
    v.put("CS_Churn_Risk__c", scale(churnRiskPercent));
    v.put("CS_NPS__c", nps);
    v.put("CS_Lifecycle_Stage__c", lifecycleStage);
    return v;
  }

  static BigDecimal scale(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal scale(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
