package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.RecordError;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sf__Error cell of failedResults: one or more errors, each
 * {@code CODE:message:field field --}, e.g.
 * {@code REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --}; with no fields the
 * part before "--" is empty. Messages may themselves hold colons, so the code is what precedes
 * the first colon and the fields what follows the last one.
 */
final class BulkErrorText {
  static final String LOCK_CODE = "UNABLE_TO_LOCK_ROW";
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  /** An error ends in "--"; the next one starts with its upper-case code and a colon. */
  private static final Pattern NEXT_ERROR = Pattern.compile("(?<=--)\\s+(?=[A-Z][A-Z0-9_]*:)");
  private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*");

  private BulkErrorText() {}

  /** The errors in a cell; a cell that does not follow the format becomes one UNKNOWN_EXCEPTION. */
  static List<RecordError> parse(String text, Namespace namespace) {
    String cell = text == null ? "" : text.strip();
    if (cell.isEmpty()) {
      return List.of(new RecordError("UNKNOWN_EXCEPTION", "Salesforce reported a failure without a message",
          List.of(), false));
    }
    List<RecordError> errors = new ArrayList<>();
    for (String one : NEXT_ERROR.split(cell)) {
      errors.add(parseOne(one.strip(), namespace));
    }
    return errors;
  }

  private static RecordError parseOne(String error, Namespace namespace) {
    int colon = error.indexOf(':');
    if (colon <= 0 || !CODE.matcher(error.substring(0, colon)).matches()) {
      return new RecordError("UNKNOWN_EXCEPTION", error, List.of(), false);
    }
    String code = error.substring(0, colon);
    String rest = error.substring(colon + 1);
    if (rest.endsWith("--")) {
      rest = rest.substring(0, rest.length() - 2);
    }
    String message = rest.strip();
    List<String> fields = List.of();
    int last = rest.lastIndexOf(':');
    if (last >= 0) {
      List<String> named = fieldList(rest.substring(last + 1), namespace);
      if (named != null) {
        message = rest.substring(0, last).strip();
        fields = named;
      }
    }
    return new RecordError(code, message, fields, LOCK_CODE.equals(code));
  }

  /** The names in a fields part ("Name Phone "), unqualified; null when it is not a list of names. */
  private static List<String> fieldList(String part, Namespace namespace) {
    String trimmed = part.strip();
    if (trimmed.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String token : Arrays.asList(trimmed.split("\\s+"))) {
      Matcher m = FIELD.matcher(token);
      if (!m.matches()) {
        return null;
      }
      names.add(namespace.unqualify(token));
    }
    return names;
  }
}
