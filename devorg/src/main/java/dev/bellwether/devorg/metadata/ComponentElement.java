package dev.bellwether.devorg.metadata;

import java.util.Optional;

/**
 * A metadata component's XML element with typed access to its children (required text,
 * booleans, bounded integers), where every failure is a {@link MetadataException} naming the
 * component's file and the offending element's line.
 */
final class ComponentElement {
  private final XmlElement element;
  private final ComponentRef ref;

  ComponentElement(XmlElement element, ComponentRef ref) {
    this.element = element;
    this.ref = ref;
  }

  MetadataException problem(XmlElement at, String message) {
    return new MetadataException(MetadataProblem.at(ref, at, message));
  }

  Optional<String> optional(String name) {
    return element.text(name);
  }

  String required(String name) throws MetadataException {
    Optional<String> v = element.text(name);
    if (v.isEmpty()) {
      throw problem(element.child(name).orElse(element), "<" + name + "> is missing in "
          + element.name() + " " + ref.fullName());
    }
    return v.get();
  }

  String identifier(String name) throws MetadataException {
    String v = required(name);
    if (!v.matches("[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*")) {
      throw problem(element.child(name).orElseThrow(), "<" + name + "> '" + v
          + "' must start with a letter and use only letters, digits and single underscores");
    }
    return v;
  }

  Optional<Boolean> bool(String name) throws MetadataException {
    Optional<XmlElement> e = element.child(name);
    if (e.isEmpty() || e.get().text().isEmpty()) {
      return Optional.empty();
    }
    switch (e.get().text()) {
      case "true": return Optional.of(true);
      case "false": return Optional.of(false);
      default:
        throw problem(e.get(), "<" + name + "> must be true or false, not '" + e.get().text() + "'");
    }
  }

  int intIn(String name, int min, int max) throws MetadataException {
    return optionalIntIn(name, min, max).orElseThrow(() -> problem(
        element.child(name).orElse(element), "<" + name + "> is missing in " + element.name()
            + " " + ref.fullName() + " of type " + element.text("type").orElse("?")));
  }

  Optional<Integer> optionalIntIn(String name, int min, int max) throws MetadataException {
    Optional<XmlElement> e = element.child(name);
    if (e.isEmpty() || e.get().text().isEmpty()) {
      return Optional.empty();
    }
    int v;
    try {
      v = Integer.parseInt(e.get().text());
    } catch (NumberFormatException notANumber) {
      throw problem(e.get(), "<" + name + "> must be a whole number, not '" + e.get().text() + "'");
    }
    if (v < min || v > max) {
      throw problem(e.get(), "<" + name + "> " + v + " is outside " + min + ".." + max);
    }
    return Optional.of(v);
  }
}
