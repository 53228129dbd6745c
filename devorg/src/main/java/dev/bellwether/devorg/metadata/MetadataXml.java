package dev.bellwether.devorg.metadata;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses metadata files and SOAP envelopes into {@link XmlElement} trees. StAX rather than DOM
 * because it reports the line of every element; DTDs and external entities are refused, as
 * deploy zips and SOAP bodies come from clients.
 */
public final class MetadataXml {
  /** The namespace of every Metadata API file and message. */
  public static final String NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

  private MetadataXml() {}

  /** Thrown for text that is not well-formed XML; carries where the parser stopped. */
  public static final class MalformedXml extends Exception {
    private final int line;
    private final int column;

    MalformedXml(String message, int line, int column) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }

    public int line() { return line; }
    public int column() { return column; }
  }

  /** The root element of a document. */
  public static XmlElement parse(byte[] content) throws MalformedXml {
    XMLStreamReader r = null;
    try {
      // A factory per document: the JDK does not promise that one is safe to share.
      r = newFactory().createXMLStreamReader(new ByteArrayInputStream(content));
      return readDocument(r);
    } catch (XMLStreamException e) {
      throw malformed(e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over a byte array cannot lose anything
        }
      }
    }
  }

  /** A metadata file's root element, or the component's problem naming the file and line. */
  public static XmlElement parseComponent(byte[] content, ComponentRef component)
      throws MetadataException {
    try {
      return parse(content);
    } catch (MalformedXml e) {
      throw new MetadataException(new MetadataProblem(component, component.fileName(), e.line(),
          e.column(), "Error parsing file: " + e.getMessage()));
    }
  }

  private static MalformedXml malformed(XMLStreamException e) {
    Location where = e.getLocation();
    String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
    // The JDK parser prefixes "ParseError at [row,col]:[3,5]\nMessage: "; keep the message only.
    int i = message.indexOf("Message: ");
    if (i >= 0) {
      message = message.substring(i + "Message: ".length());
    }
    return new MalformedXml(message.trim(), where == null ? 0 : Math.max(0, where.getLineNumber()),
        where == null ? 0 : Math.max(0, where.getColumnNumber()));
  }

  private static XmlElement readDocument(XMLStreamReader r) throws XMLStreamException, MalformedXml {
    Deque<Building> open = new ArrayDeque<>();
    XmlElement root = null;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        Location at = r.getLocation();
        open.push(new Building(r.getLocalName(), r.getNamespaceURI(), at.getLineNumber(),
            at.getColumnNumber()));
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        if (!open.isEmpty()) {
          open.peek().text.append(r.getText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        XmlElement done = open.pop().build();
        if (open.isEmpty()) {
          root = done;
        } else {
          open.peek().children.add(done);
        }
      }
    }
    if (root == null) {
      throw new MalformedXml("the file has no root element", 1, 1);
    }
    return root;
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** An element whose end tag has not been read yet. */
  private static final class Building {
    final String name;
    final String namespace;
    final int line;
    final int column;
    final StringBuilder text = new StringBuilder();
    final List<XmlElement> children = new ArrayList<>();

    Building(String name, String namespace, int line, int column) {
      this.name = name;
      this.namespace = namespace == null ? "" : namespace;
      this.line = line;
      this.column = column;
    }

    XmlElement build() {
      return new XmlElement(name, namespace, text.toString().trim(), children, line, column);
    }
  }
}
