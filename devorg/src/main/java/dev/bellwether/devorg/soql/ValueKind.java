package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.schema.FieldType;

/**
 * How the engine treats a value: which Java type holds it, how it compares, and which literals
 * a filter on it accepts.
 */
enum ValueKind {
  /** String; compared without regard to case. */
  TEXT("string"),
  /** 18-character id String; compared exactly. */
  ID("id"),
  BOOLEAN("boolean"),
  INTEGER("integer"),
  /** BigDecimal. */
  DECIMAL("double"),
  /** LocalDate. */
  DATE("date"),
  /** Instant. */
  DATETIME("dateTime");

  private final String soqlName;

  ValueKind(String soqlName) {
    this.soqlName = soqlName;
  }

  /** The type name Salesforce uses in filter errors. */
  String soqlName() {
    return soqlName;
  }

  boolean isNumber() {
    return this == INTEGER || this == DECIMAL;
  }

  static ValueKind of(FieldType type) {
    switch (type) {
      case ID: case REFERENCE: return ID;
      case BOOLEAN: return BOOLEAN;
      case INT: return INTEGER;
      case DOUBLE: case CURRENCY: case PERCENT: return DECIMAL;
      case DATE: return DATE;
      case DATETIME: return DATETIME;
      default: return TEXT;
    }
  }

  /** The apexType sf CLI's columns=true reports for a field of this type. */
  static String apexType(FieldType type) {
    switch (type) {
      case ID: case REFERENCE: return "Id";
      case BOOLEAN: return "Boolean";
      case INT: return "Integer";
      case DOUBLE: return "Double";
      case CURRENCY: case PERCENT: return "Decimal";
      case DATE: return "Date";
      case DATETIME: return "Datetime";
      default: return "String";
    }
  }
}
