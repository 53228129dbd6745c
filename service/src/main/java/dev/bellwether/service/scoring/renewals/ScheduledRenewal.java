package dev.bellwether.service.scoring.renewals;

import dev.bellwether.service.scoring.book.OpportunityRow;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A renewal as the CRM's records describe it: the account's activated contracts ending on
 * {@code renewalDate}, the ARR they carry, the renewal opportunity for them if any, and the ARR of
 * the term that followed (null when no priced contract follows).
 *
 * @param key the stable external id of its CS_Renewal__c
 * @param contractId the base contract of the term (the earliest-starting one ending that day)
 */
public record ScheduledRenewal(String key, String accountId, String ownerId, String contractId,
    LocalDate renewalDate, BigDecimal arrUp, OpportunityRow opportunity, BigDecimal followingArr) {}
