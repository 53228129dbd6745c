package dev.bellwether.connector.salesforce.soap;

/** Salesforce's spelling of a WSC enum constant: WSC escapes Java keywords as _int, _double, _boolean. */
final class WscEnums {
  private WscEnums() {}

  static String text(Enum<?> constant) {
    String name = constant.name();
    return name.startsWith("_") ? name.substring(1) : name;
  }
}
