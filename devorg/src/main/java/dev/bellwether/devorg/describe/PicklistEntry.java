package dev.bellwether.devorg.describe;

/** One value of a picklist field as describe reports it. */
public record PicklistEntry(boolean active, boolean defaultValue, String label, String value,
    String validFor) {}
