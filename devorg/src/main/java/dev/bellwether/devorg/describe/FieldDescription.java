package dev.bellwether.devorg.describe;

import java.util.List;

/**
 * One field as describe reports it, independent of the surface (REST renders it as JSON,
 * SOAP as XML). Attributes Salesforce reports but devorg cannot vary (encrypted, mask...)
 * are left to the renderers as constants.
 *
 * @param type describe's type name ("string", "reference", ...)
 * @param soapType the XML schema type ("xsd:string", "tns:ID", ...)
 * @param defaultValue Boolean for checkboxes, text otherwise, or null
 */
public record FieldDescription(
    String name,
    String label,
    String type,
    String soapType,
    int length,
    int precision,
    int scale,
    int byteLength,
    int digits,
    boolean nillable,
    boolean createable,
    boolean updateable,
    boolean unique,
    boolean externalId,
    boolean idLookup,
    boolean caseSensitive,
    boolean custom,
    boolean calculated,
    boolean autoNumber,
    boolean defaultedOnCreate,
    boolean nameField,
    boolean filterable,
    boolean sortable,
    boolean groupable,
    boolean aggregatable,
    boolean namePointing,
    boolean polymorphicForeignKey,
    boolean htmlFormatted,
    boolean permissionable,
    boolean cascadeDelete,
    boolean restrictedDelete,
    boolean dependentPicklist,
    boolean deprecatedAndHidden,
    String extraTypeInfo,
    Object defaultValue,
    List<PicklistEntry> picklistValues,
    List<String> referenceTo,
    String relationshipName,
    boolean restrictedPicklist) {

  public FieldDescription {
    picklistValues = List.copyOf(picklistValues);
    referenceTo = List.copyOf(referenceTo);
  }
}
