package dev.bellwether.devorg.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One parsed XML element: local name, namespace, trimmed text and child elements, with the
 * line and column where its content starts (just after the start tag), so errors can point
 * into the file.
 */
public record XmlElement(String name, String namespace, String text, List<XmlElement> children,
    int line, int column) {

  public XmlElement {
    children = List.copyOf(children);
  }

  /** The first child with this local name. */
  public Optional<XmlElement> child(String localName) {
    for (XmlElement c : children) {
      if (c.name.equals(localName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every child with this local name, in document order. */
  public List<XmlElement> children(String localName) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(localName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The text of the first child with this name; empty when absent or blank. */
  public Optional<String> text(String localName) {
    return child(localName).map(XmlElement::text).filter(t -> !t.isEmpty());
  }
}
