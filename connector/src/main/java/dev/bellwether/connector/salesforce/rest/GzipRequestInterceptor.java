package dev.bellwether.connector.salesforce.rest;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;

/**
 * Compresses request bodies (Salesforce accepts Content-Encoding: gzip on REST and Bulk uploads);
 * responses are decompressed by OkHttp itself, which asks for gzip.
 */
final class GzipRequestInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (body == null || request.header("Content-Encoding") != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder()
        .header("Content-Encoding", "gzip")
        .method(request.method(), gzip(body))
        .build());
  }

  private static RequestBody gzip(RequestBody body) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return body.contentType();
      }

      @Override
      public long contentLength() {
        return -1; // unknown until compressed
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (BufferedSink gzipSink = Okio.buffer(new GzipSink(sink))) {
          body.writeTo(gzipSink);
        }
      }
    };
  }
}
