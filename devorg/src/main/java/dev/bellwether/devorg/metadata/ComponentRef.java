package dev.bellwether.devorg.metadata;

/**
 * One metadata component as the Metadata API reports it: its type (CustomObject,
 * CustomField, ConnectedApp...), full name (CS_Health__c, CS_Health__c.Score__c) and file.
 */
public record ComponentRef(String type, String fullName, String fileName) {}
