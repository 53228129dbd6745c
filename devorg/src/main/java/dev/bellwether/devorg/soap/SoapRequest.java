package dev.bellwether.devorg.soap;

import java.util.List;
import java.util.Optional;

/**
 * A parsed SOAP request: the header blocks and the operation element (the Body's only child).
 */
record SoapRequest(List<XmlElement> headers, XmlElement operation) {
  SoapRequest {
    headers = List.copyOf(headers);
  }

  /** The partner-namespace header block with this name (SessionHeader, QueryOptions...). */
  Optional<XmlElement> header(String name) {
    return headers.stream().filter(h -> h.is(SoapNamespaces.PARTNER, name)).findFirst();
  }

  /** The text of a field inside a header block, e.g. ("SessionHeader", "sessionId"). */
  String headerValue(String header, String field) {
    return header(header).map(h -> h.childText(field)).orElse(null);
  }
}
