package dev.bellwether.connector;

import java.util.List;
import java.util.Optional;

/**
 * An object as described by the CRM: its fields and what the integration user may do with it.
 *
 * @param name the object's API name, without any namespace prefix
 * @param label the label users see
 * @param keyPrefix the first three characters of its ids
 * @param createable whether records may be inserted
 * @param updateable whether records may be updated
 * @param deletable whether records may be deleted
 * @param replicateable whether changes and deletions can be read by window
 * @param fields the fields, in the CRM's order
 */
public record ObjectSchema(String name, String label, String keyPrefix, boolean createable,
    boolean updateable, boolean deletable, boolean replicateable, List<FieldSchema> fields) {

  public ObjectSchema {
    fields = FieldList.of(fields);
  }

  /** The field by name, compared case-insensitively as the CRM does. */
  public Optional<FieldSchema> field(String fieldName) {
    return Optional.ofNullable(((FieldList) fields).find(fieldName));
  }

}
