package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.http.Formats;

/** getServerTimestamp(): the org clock's now, which replication clients use as endDate. */
final class GetServerTimestampOperation implements SoapOperation {
  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    out.open("getServerTimestampResponse").open("result")
        .element("timestamp", Formats.soapDateTime(call.org().clock().instant()))
        .close("result").close("getServerTimestampResponse");
  }
}
