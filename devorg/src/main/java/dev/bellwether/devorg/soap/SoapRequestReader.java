package dev.bellwether.devorg.soap;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses a SOAP 1.1 request with StAX into {@link XmlElement}s, by namespace and local name.
 * DTDs and external entities are refused: the body comes from the network.
 */
final class SoapRequestReader {
  private static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
  private final XMLInputFactory factory;

  SoapRequestReader() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** The request, or a soapenv:Client fault when the body is not a SOAP 1.1 envelope. */
  SoapRequest read(byte[] body) {
    XmlElement envelope;
    try {
      envelope = parse(body);
    } catch (XMLStreamException e) {
      String msg = e.getMessage() == null ? "unreadable XML" : e.getMessage().replaceAll("\\s+", " ").trim();
      throw SoapFault.client("Unable to parse the request as XML: " + msg);
    }
    if (envelope.is(SOAP12, "Envelope")) {
      throw SoapFault.client("SOAP 1.2 is not supported; send a SOAP 1.1 envelope ("
          + SoapNamespaces.ENVELOPE + ")");
    }
    if (!envelope.is(SoapNamespaces.ENVELOPE, "Envelope")) {
      throw SoapFault.client("Unexpected element " + envelope.qualifiedName()
          + " during parsing: expected a SOAP Envelope");
    }
    List<XmlElement> headers = List.of();
    XmlElement body1 = null;
    for (XmlElement part : envelope.children()) {
      if (part.is(SoapNamespaces.ENVELOPE, "Header")) {
        headers = part.children();
      } else if (part.is(SoapNamespaces.ENVELOPE, "Body")) {
        body1 = part;
      }
    }
    if (body1 == null || body1.children().isEmpty()) {
      throw SoapFault.client("No operation available for request: the SOAP Body is missing or empty");
    }
    return new SoapRequest(headers, body1.children().get(0));
  }

  private XmlElement parse(byte[] body) throws XMLStreamException {
    XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(body));
    try {
      Deque<Builder> stack = new ArrayDeque<>();
      XmlElement root = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          stack.push(new Builder(r.getNamespaceURI(), r.getLocalName(),
              "true".equals(r.getAttributeValue(SoapNamespaces.XSI, "nil"))
                  || "1".equals(r.getAttributeValue(SoapNamespaces.XSI, "nil")),
              r.getAttributeValue(SoapNamespaces.XSI, "type")));
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (!stack.isEmpty()) {
            stack.peek().text.append(r.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          XmlElement done = stack.pop().build();
          if (stack.isEmpty()) {
            root = done;
          } else {
            stack.peek().children.add(done);
          }
        }
      }
      if (root == null) {
        throw new XMLStreamException("the request has no root element");
      }
      return root;
    } finally {
      r.close();
    }
  }

  /** An element being read. */
  private static final class Builder {
    private final String ns;
    private final String name;
    private final boolean nil;
    private final String xsiType;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    Builder(String ns, String name, boolean nil, String xsiType) {
      this.ns = ns;
      this.name = name;
      this.nil = nil;
      this.xsiType = xsiType;
    }

    XmlElement build() {
      // Text between child elements is indentation, not a value.
      String t = children.isEmpty() ? text.toString() : "";
      return new XmlElement(ns, name, nil, xsiType, t, children);
    }
  }
}
