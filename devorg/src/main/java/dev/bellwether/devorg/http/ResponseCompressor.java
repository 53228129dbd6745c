package dev.bellwether.devorg.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips JSON and CSV answers under /services/data for clients that send Accept-Encoding: gzip,
 * as Salesforce does; query results and Bulk CSV pages are where it pays. The filter decides and
 * sets the headers; the interceptor compresses the entity as it is written. Answers that already
 * carry a Content-Encoding are left as they are, and SOAP, which compresses its own answers,
 * and the pages are never touched.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class ResponseCompressor implements ContainerResponseFilter, WriterInterceptor {
  /** Request property set when this request's answer is to be gzipped. */
  private static final String GZIP = "bellwether.devorg.gzipResponse";
  private static final Pattern DATA = Pattern.compile("^/?services/data(/.*)?$");
  private static final MediaType TEXT_CSV = new MediaType("text", "csv");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!response.hasEntity() || response.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)
        || !DATA.matcher(request.getUriInfo().getPath()).matches()
        || !compressible(response.getMediaType())
        || !ContentCoding.gzipAccepted(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
      return;
    }
    response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
    response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    request.setProperty(GZIP, Boolean.TRUE);
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!Boolean.TRUE.equals(context.getProperty(GZIP))) {
      context.proceed();
      return;
    }
    GZIPOutputStream gzip = new GZIPOutputStream(context.getOutputStream(), 8192);
    context.setOutputStream(gzip);
    context.proceed();
    // finish, not close: the container closes the stream underneath when the answer is done.
    gzip.finish();
  }

  private static boolean compressible(MediaType type) {
    return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(TEXT_CSV));
  }
}
