package dev.bellwether.devorg.soap;

/** The XML namespaces of the partner API (see the partner WSDL: tns, ens, fns). */
final class SoapNamespaces {
  /** SOAP 1.1 envelope; the only SOAP version the partner API speaks. */
  static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
  /** tns: operations, headers and result types. */
  static final String PARTNER = "urn:partner.soap.sforce.com";
  /** ens: the dynamic sObject and its fields. */
  static final String SOBJECT = "urn:sobject.partner.soap.sforce.com";
  /** fns: fault detail types. */
  static final String FAULT = "urn:fault.partner.soap.sforce.com";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XSD = "http://www.w3.org/2001/XMLSchema";

  private SoapNamespaces() {}
}
