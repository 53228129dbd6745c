package dev.bellwether.devorg.metadata;

import java.util.List;

/**
 * What a package asks of one object: a new or redefined custom object ({@code object} set),
 * and/or custom fields to add or redefine on it. {@code object} is null when only fields come,
 * e.g. Account.CS_Health_Score__c from objects/Account/fields/.
 */
public record ObjectChange(String objectName, ObjectSpec object, List<FieldChange> fields) {
  public ObjectChange {
    fields = List.copyOf(fields);
  }
}
