package dev.bellwether.connector.salesforce.rest;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.auth.SessionTokens;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds "Authorization: Bearer" with the current session's token. */
final class BearerInterceptor implements Interceptor {
  private final SessionTokens session;

  BearerInterceptor(SessionTokens session) {
    this.session = session;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header("Authorization") != null) {
      return chain.proceed(chain.request());
    }
    try {
      String token = session.current().value();
      return chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build());
    } catch (CrmException e) {
      throw new AuthenticationFailedIOException(e);
    }
  }
}
