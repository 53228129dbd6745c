package dev.bellwether.devorg.soap;

import java.util.function.Consumer;

/**
 * Wraps response bodies and faults in SOAP envelopes laid out like Salesforce's: the partner
 * namespace as default, sf bound to the sObject namespace (or, in faults, to the fault
 * namespace so that "sf:CODE" resolves), and only the LimitInfoHeader the WSDL declares.
 */
final class SoapEnvelopes {
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private SoapEnvelopes() {}

  /** A response envelope; limitInfo null leaves the Header out (login declares none). */
  static String success(LimitInfo limitInfo, Consumer<XmlWriter> body) {
    StringBuilder sb = new StringBuilder(1024);
    XmlWriter w = new XmlWriter(sb);
    w.raw(PROLOG).raw("<soapenv:Envelope xmlns:soapenv=\"" + SoapNamespaces.ENVELOPE
        + "\" xmlns=\"" + SoapNamespaces.PARTNER + "\" xmlns:xsi=\"" + SoapNamespaces.XSI
        + "\" xmlns:xsd=\"" + SoapNamespaces.XSD + "\" xmlns:sf=\"" + SoapNamespaces.SOBJECT + "\">");
    if (limitInfo != null) {
      w.open("soapenv:Header").open("LimitInfoHeader").open("limitInfo")
          .element("current", limitInfo.current())
          .element("limit", limitInfo.limit())
          .element("type", "API REQUESTS")
          .close("limitInfo").close("LimitInfoHeader").close("soapenv:Header");
    }
    w.open("soapenv:Body");
    body.accept(w);
    w.close("soapenv:Body").close("soapenv:Envelope");
    return sb.toString();
  }

  /** A fault envelope with the typed detail WSC maps to its exception classes. */
  static String fault(SoapFault f) {
    StringBuilder sb = new StringBuilder(512);
    XmlWriter w = new XmlWriter(sb);
    w.raw(PROLOG).raw("<soapenv:Envelope xmlns:soapenv=\"" + SoapNamespaces.ENVELOPE
        + "\" xmlns:sf=\"" + SoapNamespaces.FAULT + "\" xmlns:xsi=\"" + SoapNamespaces.XSI + "\">");
    w.open("soapenv:Body").open("soapenv:Fault")
        .element("faultcode", f.faultCode())
        .element("faultstring", f.faultString());
    SoapFault.Detail d = f.detail();
    if (d != SoapFault.Detail.NONE) {
      String tag = "sf:" + d.typeName();
      w.open("detail").open(tag, tag)
          .element("sf:exceptionCode", f.exceptionCode())
          .element("sf:exceptionMessage", f.exceptionMessage());
      if (d.queryFault()) {
        w.element("sf:row", f.row()).element("sf:column", f.column());
      }
      w.close(tag).close("detail");
    }
    w.close("soapenv:Fault").close("soapenv:Body").close("soapenv:Envelope");
    return sb.toString();
  }
}
