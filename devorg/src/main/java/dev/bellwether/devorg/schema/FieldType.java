package dev.bellwether.devorg.schema;

import java.util.Locale;

/** A Salesforce field type, with the names describe and SOAP use for it. */
public enum FieldType {
  ID("id", "tns:ID", "xsd:string"),
  STRING("string", "xsd:string", "xsd:string"),
  TEXTAREA("textarea", "xsd:string", "xsd:string"),
  PICKLIST("picklist", "xsd:string", "xsd:string"),
  BOOLEAN("boolean", "xsd:boolean", "xsd:boolean"),
  INT("int", "xsd:int", "xsd:int"),
  DOUBLE("double", "xsd:double", "xsd:double"),
  CURRENCY("currency", "xsd:double", "xsd:double"),
  PERCENT("percent", "xsd:double", "xsd:double"),
  DATE("date", "xsd:date", "xsd:date"),
  DATETIME("datetime", "xsd:dateTime", "xsd:dateTime"),
  REFERENCE("reference", "tns:ID", "xsd:string"),
  EMAIL("email", "xsd:string", "xsd:string"),
  PHONE("phone", "xsd:string", "xsd:string"),
  URL("url", "xsd:string", "xsd:string");

  private final String describeName;
  private final String soapType;
  private final String xsiType;

  FieldType(String describeName, String soapType, String xsiType) {
    this.describeName = describeName;
    this.soapType = soapType;
    this.xsiType = xsiType;
  }

  /** The type name in describe results ("string", "reference", ...). */
  public String describeName() {
    return describeName;
  }

  /** The describe soapType ("xsd:string", "tns:ID", ...). */
  public String soapType() {
    return soapType;
  }

  /** The xsi:type written on SOAP field values. */
  public String xsiType() {
    return xsiType;
  }

  /** True for types whose values are decimal numbers. */
  public boolean isDecimal() {
    return this == DOUBLE || this == CURRENCY || this == PERCENT;
  }

  /** True for types whose values are held as text. */
  public boolean isText() {
    return this == STRING || this == TEXTAREA || this == PICKLIST || this == EMAIL
        || this == PHONE || this == URL;
  }

  /** Parses a type as written in devorg's YAML or in Metadata API files (Text, Number, Lookup...). */
  public static FieldType parse(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "id": return ID;
      case "string": case "text": case "autonumber": case "encryptedtext": return STRING;
      case "textarea": case "longtextarea": case "html": return TEXTAREA;
      case "picklist": case "multiselectpicklist": return PICKLIST;
      case "boolean": case "checkbox": return BOOLEAN;
      case "int": return INT;
      case "double": case "number": return DOUBLE;
      case "currency": return CURRENCY;
      case "percent": return PERCENT;
      case "date": return DATE;
      case "datetime": return DATETIME;
      case "reference": case "lookup": case "masterdetail": return REFERENCE;
      case "email": return EMAIL;
      case "phone": return PHONE;
      case "url": return URL;
      default: throw new IllegalArgumentException("unknown field type '" + name + "'");
    }
  }
}
