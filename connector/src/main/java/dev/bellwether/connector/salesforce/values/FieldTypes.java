package dev.bellwether.connector.salesforce.values;

import dev.bellwether.connector.FieldType;
import java.util.Locale;

/** Maps Salesforce describe type names (SOAP, REST or WSC enum spelling) to the port's {@link FieldType}. */
public final class FieldTypes {

  private FieldTypes() {}

  /**
   * The port type for a Salesforce field type name such as {@code "datetime"}, {@code "currency"} or
   * WSC's {@code "_double"}; unknown names (address, location, base64, ...) become {@link FieldType#OTHER}.
   */
  public static FieldType fromSalesforce(String salesforceType) {
    if (salesforceType == null) {
      return FieldType.OTHER;
    }
    String name = salesforceType.trim().toLowerCase(Locale.ROOT);
    // WSC's FieldType enum escapes Java keywords with a leading underscore (_double, _int, _boolean).
    while (name.startsWith("_")) {
      name = name.substring(1);
    }
    return switch (name) {
      case "id" -> FieldType.ID;
      case "string", "textarea", "email", "phone", "url", "encryptedstring", "combobox" -> FieldType.STRING;
      case "picklist" -> FieldType.PICKLIST;
      case "multipicklist" -> FieldType.MULTIPICKLIST;
      case "reference" -> FieldType.REFERENCE;
      case "boolean" -> FieldType.BOOLEAN;
      case "int", "long" -> FieldType.INTEGER;
      case "double", "currency", "percent" -> FieldType.DECIMAL;
      case "date" -> FieldType.DATE;
      case "datetime" -> FieldType.DATETIME;
      case "time" -> FieldType.TIME;
      default -> FieldType.OTHER;
    };
  }
}
