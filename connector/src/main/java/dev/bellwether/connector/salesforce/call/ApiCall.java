package dev.bellwether.connector.salesforce.call;

/** One request to Salesforce, which may be tried more than once. */
@FunctionalInterface
public interface ApiCall<T> {
  T run() throws Exception;
}
