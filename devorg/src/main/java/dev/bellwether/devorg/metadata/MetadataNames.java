package dev.bellwether.devorg.metadata;

import java.util.regex.Pattern;

/** Salesforce's rules for the API names of custom objects and fields. */
final class MetadataNames {
  /** Optional namespace prefix, then letters, digits and single inner underscores, then __c. */
  private static final Pattern CUSTOM = Pattern.compile(
      "([A-Za-z][A-Za-z0-9]*__)?[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*__c");

  private MetadataNames() {}

  /** Names a custom object or custom field (ends in __c). */
  static boolean isCustom(String name) {
    return name.endsWith("__c");
  }

  /**
   * Other kinds of custom types (custom metadata __mdt, platform events __e, big objects __b,
   * external objects __x...), which devorg accepts but does not model.
   */
  static boolean isOtherCustomKind(String objectName) {
    return objectName.contains("__") && !isCustom(objectName);
  }

  /** Null when the custom name is valid, else why not. */
  static String invalidCustomName(String name) {
    if (!CUSTOM.matcher(name).matches()) {
      return "'" + name + "' is not a valid custom API name: it must start with a letter, use"
          + " only letters, digits and single underscores, and end in __c";
    }
    String base = name.substring(0, name.length() - 3);
    int ns = base.indexOf("__");
    if ((ns < 0 ? base : base.substring(ns + 2)).length() > 40) {
      return "'" + name + "' is longer than the 40 characters Salesforce allows before __c";
    }
    return null;
  }
}
