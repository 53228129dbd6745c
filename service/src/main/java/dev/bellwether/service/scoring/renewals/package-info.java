/**
 * Renewals: one CS_Renewal__c per contract end (co-termed add-ons ride with their base term),
 * kept current from the CRM's contracts and renewal opportunities, with the system likelihood,
 * risk level and reminder Tasks at the configured windows.
 */
package dev.bellwether.service.scoring.renewals;
