package dev.bellwether.devorg.soap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip side of SOAP over HTTP: WSC compresses request bodies and asks for compressed
 * responses by default (ConnectorConfig.compression).
 */
final class HttpBodies {
  /** Far above any partner request (200 records); stops a gzip bomb from filling memory. */
  private static final int MAX_REQUEST_BYTES = 64 * 1024 * 1024;

  private HttpBodies() {}

  /** The request body, gunzipped when Content-Encoding says gzip. */
  static byte[] decode(byte[] raw, String contentEncoding) {
    if (contentEncoding == null || contentEncoding.isBlank()
        || contentEncoding.trim().equalsIgnoreCase("identity")) {
      return raw;
    }
    if (!contentEncoding.trim().toLowerCase(Locale.ROOT).contains("gzip")) {
      throw SoapFault.client("Unsupported Content-Encoding: " + contentEncoding);
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 4);
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_REQUEST_BYTES) {
          throw SoapFault.client("The request body is larger than " + MAX_REQUEST_BYTES + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw SoapFault.client("The request says Content-Encoding: gzip but is not valid gzip: " + e.getMessage());
    }
  }

  /** True when Accept-Encoding admits gzip. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] bits = part.trim().toLowerCase(Locale.ROOT).split(";");
      if (bits[0].trim().equals("gzip") || bits[0].trim().equals("*")) {
        boolean refused = bits.length > 1 && bits[1].replace(" ", "").matches("q=0(\\.0*)?");
        if (!refused) {
          return true;
        }
      }
    }
    return false;
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory failed", e);
    }
    return out.toByteArray();
  }
}
