package dev.bellwether.devorg.describe;

import dev.bellwether.devorg.schema.ObjectDef;
import java.util.Set;

/**
 * What API clients may do with an object. The schema does not record these, so they follow
 * Salesforce's answers for the standard objects devorg knows; custom objects allow everything
 * except merge.
 */
record ObjectCapabilities(boolean createable, boolean updateable, boolean deletable,
    boolean undeletable, boolean mergeable, boolean searchable, boolean replicateable,
    boolean triggerable, boolean layoutable, boolean feedEnabled, boolean mruEnabled) {

  /** Only Account and Contact (and Lead, which devorg lacks) can be merged. */
  private static final Set<String> MERGEABLE = Set.of("Account", "Contact");
  private static final Set<String> FEED_ENABLED =
      Set.of("Account", "Contact", "Opportunity", "Case", "Contract", "User");

  static ObjectCapabilities of(ObjectDef object) {
    String name = object.name();
    if (name.equals("Organization")) {
      // The org row exists from the start; the API can read it but neither create nor delete it.
      return new ObjectCapabilities(false, false, false, false, false, false, false, false,
          false, false, false);
    }
    if (name.equals("User")) {
      // Users are deactivated, never deleted.
      return new ObjectCapabilities(true, true, false, false, false, true, true, true, true,
          true, true);
    }
    boolean standard = !object.custom();
    return new ObjectCapabilities(true, true, true, true, standard && MERGEABLE.contains(name),
        true, true, true, true, standard && FEED_ENABLED.contains(name),
        !name.equals("Task"));
  }
}
