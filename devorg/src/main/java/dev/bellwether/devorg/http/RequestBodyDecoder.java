package dev.bellwether.devorg.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Decodes compressed request bodies (Content-Encoding: gzip or deflate) on every /services/data
 * resource, REST and Bulk alike, and then drops the Content-Encoding header: resources always
 * read plain bodies, and Bulk's own gunzip of batch uploads never runs twice. SOAP decodes its
 * bodies itself and is not touched.
 *
 * <p>JSON bodies are decoded whole up front, so a broken body is a 400 before the resource
 * runs. Bulk batch uploads (up to 150 MB) are decoded as they stream into the job instead; a
 * body broken halfway is a 400 too, and the job keeps none of it. Runs after {@link RestGate},
 * so faults, token and API budget come first, as on Salesforce.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class RequestBodyDecoder implements ContainerRequestFilter {
  /** Far above any JSON request Salesforce accepts; stops a gzip bomb from filling memory. */
  static final int MAX_DECODED_JSON_BYTES = 64 * 1024 * 1024;
  private static final Pattern DATA = Pattern.compile("^/?services/data(/.*)?$");
  private static final Pattern BATCH_UPLOAD =
      Pattern.compile("^/?services/data/v[^/]+/jobs/ingest/[^/]+/batches/?$");

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String path = request.getUriInfo().getPath();
    if (!DATA.matcher(path).matches()) {
      return;
    }
    String header = request.getHeaderString(HttpHeaders.CONTENT_ENCODING);
    ContentCoding coding = ContentCoding.of(header);
    if (coding == null) {
      throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Encoding not supported: " + header
          + " (gzip and deflate are)");
    }
    if (coding == ContentCoding.IDENTITY) {
      return;
    }
    if (!request.hasEntity()) {
      // Nothing to decode; without the header no resource tries to.
      request.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
      return;
    }
    InputStream decoded;
    try {
      decoded = coding.decode(request.getEntityStream());
    } catch (IOException e) {
      throw broken(header, e);
    }
    if (BATCH_UPLOAD.matcher(path).matches()) {
      request.setEntityStream(new BrokenBodyAsBadRequest(decoded, header));
      request.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    } else {
      byte[] body = readBounded(decoded, header);
      request.setEntityStream(new ByteArrayInputStream(body));
      request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
    }
    request.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
  }

  private static byte[] readBounded(InputStream in, String header) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        if (out.size() + n > MAX_DECODED_JSON_BYTES) {
          throw new ApiException(413, "REQUEST_ENTITY_TOO_LARGE", "The request body decodes to more than "
              + MAX_DECODED_JSON_BYTES + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw broken(header, e);
    }
  }

  /** 400 for a body whose bytes do not match its Content-Encoding. */
  static ApiException broken(String header, IOException cause) {
    return new ApiException(400, "INVALID_CONTENT_ENCODING", "The request body is not valid "
        + header.trim() + ": " + cause.getMessage());
  }

  /**
   * A streamed body that turns a decoding failure into the 400 above. Other I/O failures (the
   * client going away) stay I/O failures.
   */
  private static final class BrokenBodyAsBadRequest extends FilterInputStream {
    private final String header;

    BrokenBodyAsBadRequest(InputStream in, String header) {
      super(in);
      this.header = header;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (ZipException | EOFException e) {
        throw broken(header, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (ZipException | EOFException e) {
        throw broken(header, e);
      }
    }
  }
}
