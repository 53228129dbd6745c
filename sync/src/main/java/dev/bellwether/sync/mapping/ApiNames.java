package dev.bellwether.sync.mapping;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salesforce API name rules, checked at start so a typo such as "Annual Revenue" is reported with
 * its line rather than as a SOQL error from the CRM later. A name is letters, digits and single
 * underscores, starting with a letter and not ending with an underscore; custom names add
 * "__c" (fields of person accounts "__pc") and may carry a managed package's namespace.
 */
final class ApiNames {
  private static final String BASE = "([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)";
  private static final String NAMESPACE = "(?:[A-Za-z][A-Za-z0-9]{0,14}__)?";
  private static final Pattern OBJECT = Pattern.compile(BASE + "|" + NAMESPACE + BASE + "__[cC]");
  private static final Pattern FIELD = Pattern.compile(BASE + "|" + NAMESPACE + BASE + "__(?:[cC]|[pP][cC])");
  /** Salesforce limits the name an admin chooses to 40 characters, before suffix and namespace. */
  private static final int MAX_BASE_LENGTH = 40;
  private static final String RULE = "letters, digits and single underscores, starting with a letter;"
      + " custom names end in __c";

  private ApiNames() {
  }

  /** Why {@code name} cannot be an object's API name, or empty when it can. */
  static Optional<String> objectProblem(String name) {
    return problem(OBJECT, name);
  }

  /** Why {@code name} cannot be a field's API name, or empty when it can. */
  static Optional<String> fieldProblem(String name) {
    if (name.toLowerCase(Locale.ROOT).endsWith("__r")) {
      return Optional.of("is a relationship, not a field; map its lookup field instead (e.g. "
          + name.substring(0, name.length() - 1) + "c)");
    }
    return problem(FIELD, name);
  }

  private static Optional<String> problem(Pattern pattern, String name) {
    Matcher m = pattern.matcher(name);
    if (!m.matches()) {
      return Optional.of("is not a valid Salesforce API name (" + RULE + ")");
    }
    String base = m.group(1) != null ? m.group(1) : m.group(2);
    if (base.length() > MAX_BASE_LENGTH) {
      return Optional.of("is not a valid Salesforce API name (at most " + MAX_BASE_LENGTH
          + " characters before the __c suffix)");
    }
    return Optional.empty();
  }
}
