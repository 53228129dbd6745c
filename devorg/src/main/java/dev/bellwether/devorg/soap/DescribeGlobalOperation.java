package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.describe.GlobalDescription;
import dev.bellwether.devorg.describe.SObjectDescriber;
import dev.bellwether.devorg.describe.SObjectDescription;

/** describeGlobal(): every object with its object-level flags. */
final class DescribeGlobalOperation implements SoapOperation {
  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    GlobalDescription g = new SObjectDescriber(call.org().schema()).describeGlobal(call.version().toString());
    DescribeXmlWriter xml = new DescribeXmlWriter(call.org().baseUrl());
    out.open("describeGlobalResponse").open("result")
        .element("encoding", g.encoding())
        .element("maxBatchSize", g.maxBatchSize());
    for (SObjectDescription d : g.sobjects()) {
      xml.writeGlobalEntry(out, d);
    }
    out.close("result").close("describeGlobalResponse");
  }
}
