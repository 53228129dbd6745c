package dev.bellwether.devorg.soql;

/**
 * A child-relationship sub-select in the select list, (SELECT LastName FROM Contacts): its rows
 * for each parent come back as a nested {@link SoqlResult} under the relationship name.
 */
record ChildSelect(ChildRelationships.ChildLink link, QueryPlan plan) {
  String name() {
    return link.name();
  }
}
