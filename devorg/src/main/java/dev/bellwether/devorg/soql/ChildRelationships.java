package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;
import java.util.Optional;
import java.util.Set;

/**
 * Finds child relationships (Account's Contacts) for sub-selects. The schema does not record
 * child relationship names yet, so they are derived the way Salesforce names them by default:
 * the child's plural label without spaces for standard objects (Contacts, Opportunities),
 * ChildAccounts for Account.ParentId, and the plural label with underscores plus __r when the
 * child object or lookup is custom (CS_Healths__r).
 */
final class ChildRelationships {
  /** Audit and owner lookups point at User from every object; Salesforce exposes no such children. */
  private static final Set<String> NOT_CHILDREN = Set.of("OwnerId", "CreatedById", "LastModifiedById");

  private ChildRelationships() {}

  /** A child relationship: the child object and its lookup to the parent. */
  record ChildLink(String name, ObjectDef child, FieldDef reference, int index) {}

  static Optional<ChildLink> find(Schema schema, ObjectDef parent, String name) {
    for (ObjectDef child : schema.objects()) {
      for (FieldDef f : child.fields()) {
        if (isLookupTo(f, parent) && nameOf(child, f, parent).equalsIgnoreCase(name)) {
          return Optional.of(new ChildLink(nameOf(child, f, parent), child, f, child.indexOf(f.name())));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isLookupTo(FieldDef f, ObjectDef parent) {
    return f.type() == FieldType.REFERENCE && !NOT_CHILDREN.contains(f.name())
        && f.referenceTo().stream().anyMatch(t -> t.equalsIgnoreCase(parent.name()));
  }

  private static String nameOf(ObjectDef child, FieldDef f, ObjectDef parent) {
    if (child.custom() || f.custom()) {
      return child.labelPlural().trim().replace(' ', '_') + "__r";
    }
    String plural = child.labelPlural().replace(" ", "");
    return child == parent && f.name().equals("ParentId") ? "Child" + plural : plural;
  }
}
