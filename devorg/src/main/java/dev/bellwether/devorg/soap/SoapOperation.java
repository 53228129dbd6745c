package dev.bellwether.devorg.soap;

/**
 * One partner API operation (query, create, describeGlobal...). It writes its response
 * element ({@code <queryResponse>...}) or throws a {@link SoapFault}.
 */
interface SoapOperation {
  void invoke(SoapCall call, XmlWriter out);
}
