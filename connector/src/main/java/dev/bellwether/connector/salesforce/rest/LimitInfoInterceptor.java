package dev.bellwether.connector.salesforce.rest;

import dev.bellwether.connector.salesforce.budget.LimitInfo;
import dev.bellwether.connector.salesforce.budget.LimitObserver;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Reads "Sforce-Limit-Info: api-usage=n/m" from every response and tells the budget. */
final class LimitInfoInterceptor implements Interceptor {
  private final LimitObserver limits;

  LimitInfoInterceptor(LimitObserver limits) {
    this.limits = limits;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    LimitInfo.parseHeader(response.header("Sforce-Limit-Info"))
        .ifPresent(info -> limits.observe(info.used(), info.limit()));
    return response;
  }
}
