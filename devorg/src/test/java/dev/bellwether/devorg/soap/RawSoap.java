package dev.bellwether.devorg.soap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Plain HTTP posts of hand-written SOAP, for what WSC cannot show: other clients' XML styles,
 * broken bodies, and the exact bytes and headers of a response. HTTP/1.1 only, as SOAP
 * clients speak it (the JDK client would otherwise try an h2c upgrade).
 */
final class RawSoap {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A response with its body as text (gunzipped when the server compressed it). */
  record Reply(int status, String contentType, String contentEncoding, String body) {}

  private RawSoap() {}

  static Reply post(String url, String body, boolean acceptGzip) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "text/xml; charset=UTF-8")
        .header("SOAPAction", "\"\"")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (acceptGzip) {
      b.header("Accept-Encoding", "gzip");
    }
    HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    String encoding = r.headers().firstValue("Content-Encoding").orElse(null);
    byte[] bytes = r.body();
    if ("gzip".equals(encoding)) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), encoding,
        new String(bytes, StandardCharsets.UTF_8));
  }

  /** The text of the first element with this name (any prefix), or null. */
  static String text(String xml, String localName) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("<(?:\\w+:)?" + localName + "(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?" + localName + ">")
        .matcher(xml);
    return m.find() ? m.group(1) : null;
  }
}
