package dev.bellwether.devorg.schema;

import java.util.List;

/** The fields every object has (Id, audit fields, IsDeleted) and OwnerId where owned. */
public final class SystemFields {
  private SystemFields() {}

  /** Adds the system fields to an object that has none yet. */
  public static void addTo(ObjectDef object, boolean owned) {
    object.putField(FieldDef.builder("Id", FieldType.ID).label(object.label() + " ID")
        .createable(false).updateable(false).derived(true).build());
    if (owned) {
      object.putField(FieldDef.builder("OwnerId", FieldType.REFERENCE).label("Owner ID")
          .referenceTo(List.of("User")).relationshipName("Owner").build());
    }
    object.putField(readOnly("IsDeleted", FieldType.BOOLEAN, "Deleted"));
    object.putField(readOnly("CreatedDate", FieldType.DATETIME, "Created Date"));
    object.putField(FieldDef.builder("CreatedById", FieldType.REFERENCE).label("Created By ID")
        .referenceTo(List.of("User")).relationshipName("CreatedBy").createable(false)
        .updateable(false).derived(true).build());
    object.putField(readOnly("LastModifiedDate", FieldType.DATETIME, "Last Modified Date"));
    object.putField(FieldDef.builder("LastModifiedById", FieldType.REFERENCE)
        .label("Last Modified By ID").referenceTo(List.of("User"))
        .relationshipName("LastModifiedBy").createable(false).updateable(false).derived(true)
        .build());
    object.putField(readOnly("SystemModstamp", FieldType.DATETIME, "System Modstamp"));
  }

  private static FieldDef readOnly(String name, FieldType type, String label) {
    return FieldDef.builder(name, type).label(label).createable(false).updateable(false)
        .derived(true).build();
  }
}
