/**
 * Writes a scoring run's results through local edits, so only values that changed reach the
 * outbox and the CRM: Account CS_* fields, CS_Health__c snapshots, CS_Renewal__c records, renewal
 * reminder Tasks and the Controllable__c flag of churn reasons.
 */
package dev.bellwether.service.scoring.writeback;
