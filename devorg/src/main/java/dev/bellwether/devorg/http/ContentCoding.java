package dev.bellwether.devorg.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The content codings devorg reads on REST and Bulk request bodies, as Salesforce does: gzip
 * (also spelled x-gzip) and deflate (zlib), besides identity.
 */
enum ContentCoding {
  IDENTITY,
  GZIP,
  DEFLATE;

  /** The coding a Content-Encoding header names; null when it names one devorg cannot read. */
  static ContentCoding of(String contentEncoding) {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return IDENTITY;
    }
    switch (contentEncoding.trim().toLowerCase(Locale.ROOT)) {
      case "identity": return IDENTITY;
      case "gzip":
      case "x-gzip": return GZIP;
      case "deflate": return DEFLATE;
      default: return null;
    }
  }

  /** The decoded view of a body; gzip reads its header here, so a body that is not gzip fails now. */
  InputStream decode(InputStream body) throws IOException {
    switch (this) {
      case GZIP: return new GZIPInputStream(body, 1 << 16);
      case DEFLATE: return new InflaterInputStream(body);
      default: return body;
    }
  }

  /** True when an Accept-Encoding header admits gzip (explicitly or by "*", and not with q=0). */
  static boolean gzipAccepted(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] bits = part.trim().toLowerCase(Locale.ROOT).split(";");
      String coding = bits[0].trim();
      if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
        boolean refused = bits.length > 1 && bits[1].replace(" ", "").matches("q=0(\\.0*)?");
        if (!refused) {
          return true;
        }
      }
    }
    return false;
  }
}
