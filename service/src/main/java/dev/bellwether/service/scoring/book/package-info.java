/**
 * The book of business as the scoring job reads it from the store: accounts with their segment,
 * contracts with the value their opportunities give them, cases, engagement, contacts, and the
 * CS_Renewal__c and CS_Churn_Reason__c records people edit in the CRM.
 */
package dev.bellwether.service.scoring.book;
