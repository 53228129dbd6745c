package dev.bellwether.service.scoring.book;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A CS_Churn_Reason__c record, entered by a person in the CRM or the panel. */
public record ChurnReasonRow(String crmId, String externalId, String accountId, String renewalId,
    String primaryReason, String secondaryReason, String competitor, BigDecimal arrLost, LocalDate churnDate,
    Boolean controllable) {}
