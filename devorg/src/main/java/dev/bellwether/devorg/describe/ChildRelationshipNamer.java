package dev.bellwether.devorg.describe;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.ObjectDef;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the child relationship a lookup creates on the object it points at. The schema keeps
 * only the parent side (Contact.AccountId → "Account"), so the child side follows a rule:
 * <ol>
 *   <li>Audit and owner lookups (OwnerId, CreatedById, LastModifiedById) have no name, as in
 *       Salesforce.</li>
 *   <li>Standard lookups Salesforce names specially keep that name (Account.ParentId →
 *       ChildAccounts, User.ManagerId → ManagedUsers).</li>
 *   <li>Other standard lookups on standard objects use the child's plural label without
 *       spaces: Contacts, Opportunities, Cases, Contracts, Tasks.</li>
 *   <li>A custom lookup, or any lookup on a custom object, uses the child's plural label as
 *       an API name plus "__r": "CS Healths" → CS_Healths__r.</li>
 *   <li>When a second lookup from the same child would repeat a name on the same parent, the
 *       lookup's own name (without Id or __c) goes in front: Partner_Account_CS_Healths__r.</li>
 * </ol>
 */
final class ChildRelationshipNamer {
  private static final Set<String> UNNAMED = Set.of("OwnerId", "CreatedById", "LastModifiedById");
  private static final Map<String, String> SPECIAL = Map.of(
      "Account.ParentId", "ChildAccounts",
      "User.ManagerId", "ManagedUsers");

  /** The relationship name for child.field on its parent, avoiding names already in taken. */
  String name(ObjectDef child, FieldDef field, Set<String> taken) {
    if (UNNAMED.contains(field.name())) {
      return null;
    }
    String special = SPECIAL.get(child.name() + "." + field.name());
    if (special != null) {
      return special;
    }
    boolean custom = child.custom() || field.custom();
    String base = custom ? apiName(child.labelPlural()) : child.labelPlural().replace(" ", "");
    String candidate = custom ? base + "__r" : base;
    if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
      return candidate;
    }
    String prefix = apiName(stripSuffix(field.name()));
    return prefix + "_" + candidate;
  }

  /** "CS Healths" → "CS_Healths": runs of other characters become one underscore. */
  static String apiName(String label) {
    String s = label.replaceAll("[^A-Za-z0-9]+", "_");
    s = s.replaceAll("^_+|_+$", "");
    if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
      s = "X" + s;
    }
    return s;
  }

  private static String stripSuffix(String fieldName) {
    if (fieldName.endsWith("__c")) {
      return fieldName.substring(0, fieldName.length() - 3);
    }
    if (fieldName.endsWith("Id") && fieldName.length() > 2) {
      return fieldName.substring(0, fieldName.length() - 2);
    }
    return fieldName;
  }
}
