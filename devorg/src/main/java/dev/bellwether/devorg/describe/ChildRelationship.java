package dev.bellwether.devorg.describe;

/**
 * A lookup on another object that points at the described object (Account → Contacts via
 * Contact.AccountId). relationshipName is null for audit and owner lookups, as in Salesforce:
 * those cannot be used in a SOQL subquery.
 */
public record ChildRelationship(String childSObject, String field, String relationshipName,
    boolean cascadeDelete, boolean restrictedDelete, boolean deprecatedAndHidden) {}
