package dev.bellwether.devorg.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One element of a parsed SOAP request: namespace, local name, the two xsi attributes the
 * partner API uses, its text and its child elements. Prefixes are gone by design: clients
 * differ in them (WSC writes env:/m:/sobj:, jsforce se: and default namespaces).
 *
 * @param nil true when the element carries xsi:nil="true"
 * @param xsiType the xsi:type attribute as written (prefix included), or null
 * @param text the element's own text, trimmed of nothing (values keep their spaces)
 */
record XmlElement(String namespace, String name, boolean nil, String xsiType, String text,
    List<XmlElement> children) {

  XmlElement {
    namespace = namespace == null ? "" : namespace;
    text = text == null ? "" : text;
    children = List.copyOf(children);
  }

  /** True when this element has this namespace and local name. */
  boolean is(String ns, String localName) {
    return namespace.equals(ns) && name.equals(localName);
  }

  /**
   * The first child with this local name. Parameters of an operation are matched by local
   * name only: the operation element's namespace was checked already, and clients disagree on
   * whether parameters and sObject fields are qualified (jsforce leaves them in the default
   * namespace).
   */
  Optional<XmlElement> child(String localName) {
    for (XmlElement c : children) {
      if (c.name.equals(localName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every child with this local name, in document order. */
  List<XmlElement> all(String localName) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.name.equals(localName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The text of the first child with this local name; null when absent or nil. */
  String childText(String localName) {
    return child(localName).filter(c -> !c.nil).map(XmlElement::text).orElse(null);
  }

  /** The texts of every non-nil child with this local name. */
  List<String> childTexts(String localName) {
    List<String> out = new ArrayList<>();
    for (XmlElement c : all(localName)) {
      if (!c.nil) {
        out.add(c.text);
      }
    }
    return out;
  }

  /** "{namespace}name", as faults name unexpected elements. */
  String qualifiedName() {
    return "{" + namespace + "}" + name;
  }
}
