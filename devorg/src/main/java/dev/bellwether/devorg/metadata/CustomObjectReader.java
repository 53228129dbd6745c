package dev.bellwether.devorg.metadata;

import dev.bellwether.devorg.schema.FieldDef;
import dev.bellwether.devorg.schema.FieldType;
import java.util.Optional;

/**
 * Reads a CustomObject's own definition: labels, the Name field and the sharing model. Its
 * custom fields are read one by one with {@link CustomFieldReader}.
 */
final class CustomObjectReader {
  /**
   * The custom object a file defines; empty for standard objects and other custom kinds,
   * whose files devorg accepts without effect (their custom fields still count).
   */
  Optional<ObjectSpec> read(XmlElement root, String objectName, ComponentRef ref)
      throws MetadataException {
    ComponentElement f = new ComponentElement(root, ref);
    if (!root.name().equals("CustomObject")) {
      throw f.problem(root, "the root element is <" + root.name() + ">, expected <CustomObject>");
    }
    if (!MetadataNames.isCustom(objectName)) {
      return Optional.empty();
    }
    String invalid = MetadataNames.invalidCustomName(objectName);
    if (invalid != null) {
      throw f.problem(root, invalid);
    }
    String label = f.required("label");
    String pluralLabel = f.required("pluralLabel");
    XmlElement nameField = root.child("nameField").orElseThrow(() -> f.problem(root,
        "<nameField> is missing: a custom object needs a Text or AutoNumber name field"));
    String sharing = root.text("sharingModel").orElse("ReadWrite");
    return Optional.of(new ObjectSpec(ref, objectName, label, pluralLabel,
        nameField(nameField, label, ref), sharing.equals("ControlledByParent")));
  }

  private static FieldDef nameField(XmlElement nameField, String objectLabel, ComponentRef ref)
      throws MetadataException {
    ComponentElement f = new ComponentElement(nameField, ref);
    String label = nameField.text("label").orElse(objectLabel + " Name");
    String type = f.required("type");
    switch (type) {
      case "Text":
        return FieldDef.builder("Name", FieldType.STRING).label(label).length(80).required(true)
            .build();
      case "AutoNumber":
        f.required("displayFormat");
        // The org numbers these; devorg does not, so Name reads as null on such objects.
        return FieldDef.builder("Name", FieldType.STRING).label(label).length(30).derived(true)
            .createable(false).updateable(false).build();
      default:
        throw f.problem(nameField.child("type").orElseThrow(),
            "<nameField> <type> must be Text or AutoNumber, not '" + type + "'");
    }
  }
}
