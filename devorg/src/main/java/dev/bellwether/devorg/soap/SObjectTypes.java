package dev.bellwether.devorg.soap;

import dev.bellwether.devorg.org.Org;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.schema.Schema;

/** Resolves sObject type names the way every partner call reports an unknown one. */
final class SObjectTypes {
  private SObjectTypes() {}

  /** The object, or InvalidSObjectFault INVALID_TYPE with Salesforce's wording. */
  static ObjectDef require(Org org, String name) {
    return require(org.schema(), name);
  }

  static ObjectDef require(Schema schema, String name) {
    return schema.object(name == null ? null : name.trim()).orElseThrow(() -> SoapFault.query(
        SoapFault.Detail.INVALID_SOBJECT, "INVALID_TYPE", "sObject type '" + name + "' is not"
            + " supported. If you are attempting to use a custom object, be sure to append the"
            + " '__c' after the entity name. Please reference your WSDL or the describe call for"
            + " the appropriate names.", -1, -1));
  }
}
