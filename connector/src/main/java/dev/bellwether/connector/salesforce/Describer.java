package dev.bellwether.connector.salesforce;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.ObjectSchema;

/** Fetches an object's description from Salesforce (one request); caching is the connector's. */
@FunctionalInterface
public interface Describer {

  /** Describes the object (unqualified name); the schema comes back with unqualified names. */
  ObjectSchema describe(String object) throws CrmException;
}
