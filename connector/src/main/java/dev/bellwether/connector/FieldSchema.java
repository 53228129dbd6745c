package dev.bellwether.connector;

import java.util.List;

/**
 * One field of an object as described by the CRM.
 *
 * @param name the field's API name, without any namespace prefix
 * @param label the label users see
 * @param type the port's type, deciding value conversion
 * @param crmType the CRM's own type name (e.g. "currency"), for reports
 * @param length maximum text length, 0 when not text
 * @param nillable whether the field may be empty
 * @param createable whether an insert may set it
 * @param updateable whether an update may set it
 * @param externalId whether it is an external id (usable for upserts)
 * @param unique whether values are unique
 * @param referenceTo the objects a reference may point to
 * @param picklistValues the active picklist values, in order
 */
public record FieldSchema(String name, String label, FieldType type, String crmType, int length,
    boolean nillable, boolean createable, boolean updateable, boolean externalId, boolean unique,
    List<String> referenceTo, List<String> picklistValues) {

  public FieldSchema {
    referenceTo = List.copyOf(referenceTo);
    picklistValues = List.copyOf(picklistValues);
  }
}
