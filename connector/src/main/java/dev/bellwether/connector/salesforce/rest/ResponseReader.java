package dev.bellwether.connector.salesforce.rest;

import okhttp3.Response;

/** Reads a successful response inside the guarded call, so a failure mid-body is retried too. */
@FunctionalInterface
public interface ResponseReader<T> {
  T read(Response response) throws Exception;
}
