package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.describe.SObjectDescriber;
import dev.bellwether.devorg.schema.ObjectDef;
import java.util.ArrayList;
import java.util.List;

/** describeSObject(type) and describeSObjects(types...): DescribeSObjectResults in request order. */
final class DescribeSObjectOperation implements SoapOperation {
  /** Salesforce's limit on types per describeSObjects call. */
  private static final int MAX_TYPES = 100;
  private final boolean many;

  /** many: describeSObjects, which takes a list of types. */
  DescribeSObjectOperation(boolean many) {
    this.many = many;
  }

  @Override
  public void invoke(SoapCall call, XmlWriter out) {
    List<String> names = call.params().childTexts("sObjectType");
    if (names.isEmpty()) {
      throw SoapFault.unexpected("INVALID_TYPE", "Must specify an sObjectType to describe");
    }
    if (names.size() > MAX_TYPES) {
      throw SoapFault.unexpected("EXCEEDED_ID_LIMIT", "describeSObjects takes at most " + MAX_TYPES + " types");
    }
    List<ObjectDef> objects = new ArrayList<>();
    for (String name : many ? names : names.subList(0, 1)) {
      objects.add(SObjectTypes.require(call.org(), name.trim()));
    }
    SObjectDescriber describer = new SObjectDescriber(call.org().schema());
    DescribeXmlWriter xml = new DescribeXmlWriter(call.org().baseUrl());
    String wrapper = many ? "describeSObjectsResponse" : "describeSObjectResponse";
    out.open(wrapper);
    for (ObjectDef o : objects) {
      xml.writeObject(out, describer.describe(o, call.version().toString()));
    }
    out.close(wrapper);
  }
}
