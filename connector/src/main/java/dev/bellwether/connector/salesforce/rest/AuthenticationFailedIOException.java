package dev.bellwether.connector.salesforce.rest;

import dev.bellwether.connector.CrmException;
import java.io.IOException;

/** Carries a refused token fetch through OkHttp's IOException-only interceptor chain. */
final class AuthenticationFailedIOException extends IOException {
  private static final long serialVersionUID = 1L;
  private final CrmException failure;

  AuthenticationFailedIOException(CrmException failure) {
    super(failure.getMessage(), failure);
    this.failure = failure;
  }

  CrmException failure() {
    return failure;
  }
}
