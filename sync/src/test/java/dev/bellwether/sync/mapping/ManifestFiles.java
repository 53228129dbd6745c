package dev.bellwether.sync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The repository's manifests/ read as plain XML, as an admin's reviewer would: the custom field
 * and object files of force-app, the CS Admin permission set, and the Korean translations.
 */
final class ManifestFiles {
  static final Path ROOT = Path.of("..", "manifests");
  static final Path OBJECTS = ROOT.resolve("force-app/main/default/objects");
  static final Path PERMISSION_SET = ROOT.resolve(
      "force-app/main/default/permissionsets/CS_Admin.permissionset-meta.xml");
  static final Path KOREAN = ROOT.resolve("translations/main/default/objectTranslations");

  private ManifestFiles() {}

  /** One .field-meta.xml: the object folder it sits in, the field's API name, its root element. */
  record FieldFile(String object, String name, Element xml) {
    String fullName() {
      return object + "." + name;
    }

    String type() {
      return text(xml, "type").orElseThrow();
    }

    boolean formula() {
      return text(xml, "formula").isPresent();
    }

    boolean required() {
      return type().equals("MasterDetail") || text(xml, "required").orElse("false").equals("true");
    }

    /** The picklist's values as (API name, label) pairs, in their order; empty for other types. */
    List<PicklistValue> picklistValues() {
      List<PicklistValue> values = new ArrayList<>();
      for (Element set : children(xml, "valueSet")) {
        for (Element definition : children(set, "valueSetDefinition")) {
          for (Element v : children(definition, "value")) {
            values.add(new PicklistValue(text(v, "fullName").orElseThrow(), text(v, "label").orElse(null),
                text(v, "description").orElse(null)));
          }
        }
      }
      return values;
    }
  }

  /** One value of a picklist. */
  record PicklistValue(String apiName, String label, String description) {}

  /** One objects/X/X.object-meta.xml. */
  record ObjectFile(String name, Element xml) {}

  static List<FieldFile> fields() {
    List<FieldFile> fields = new ArrayList<>();
    for (Path dir : list(OBJECTS)) {
      Path fieldDir = dir.resolve("fields");
      if (Files.isDirectory(fieldDir)) {
        for (Path file : list(fieldDir)) {
          String name = file.getFileName().toString().replace(".field-meta.xml", "");
          fields.add(new FieldFile(dir.getFileName().toString(), name, parse(file)));
        }
      }
    }
    return fields;
  }

  static List<ObjectFile> customObjects() {
    List<ObjectFile> objects = new ArrayList<>();
    for (Path dir : list(OBJECTS)) {
      String name = dir.getFileName().toString();
      Path file = dir.resolve(name + ".object-meta.xml");
      if (name.endsWith("__c")) {
        objects.add(new ObjectFile(name, parse(file)));
      }
    }
    return objects;
  }

  static FieldFile field(String object, String name) {
    return fields().stream().filter(f -> f.object().equals(object) && f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no field file for " + object + "." + name + " in " + OBJECTS));
  }

  static Element parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError(file + ": not readable XML: " + e.getMessage(), e);
    }
  }

  /** The trimmed text of the first child element of that name, empty when absent or blank. */
  static Optional<String> text(Element parent, String name) {
    return children(parent, name).stream().map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty())
        .findFirst();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
