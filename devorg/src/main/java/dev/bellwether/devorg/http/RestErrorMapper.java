package dev.bellwether.devorg.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders every error as Salesforce's JSON array, never an HTML page or a stack trace. */
@Provider
public final class RestErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(RestErrorMapper.class);

  @Override
  public Response toResponse(Throwable t) {
    if (t instanceof DroppedRequest dropped) {
      return dropped.answer();
    }
    if (t instanceof ApiException e) {
      return render(e.httpStatus(), e.errorCode(), e.getMessage(), e.fields());
    }
    if (t instanceof JsonProcessingException e) {
      return render(400, "JSON_PARSER_ERROR", e.getOriginalMessage(), List.of());
    }
    if (t instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404) {
        return render(404, "NOT_FOUND", "The requested resource does not exist", List.of());
      }
      if (status == 405) {
        return render(405, "METHOD_NOT_ALLOWED", "HTTP Method not allowed for this resource", List.of());
      }
      if (status == 415) {
        return render(415, "UNSUPPORTED_MEDIA_TYPE", "Content type not supported: " + e.getMessage(), List.of());
      }
      return render(status, status >= 500 ? "UNKNOWN_EXCEPTION" : "BAD_REQUEST", e.getMessage(), List.of());
    }
    LOG.error("unexpected error serving a request", t);
    return render(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred: " + t.getClass().getSimpleName(), List.of());
  }

  /** One Salesforce-shaped error response. */
  public static Response render(int status, String code, String message, List<String> fields) {
    Map<String, Object> err = new LinkedHashMap<>();
    err.put("message", message == null ? code : message);
    err.put("errorCode", code);
    if (!fields.isEmpty()) {
      err.put("fields", fields);
    }
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .entity(Json.MAPPER.writeValueAsString(List.of(err))).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
