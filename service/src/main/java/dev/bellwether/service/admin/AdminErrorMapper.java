package dev.bellwether.service.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {"error": code, "message": text} with its status: the admin's own refusals
 * (400, 404), Jersey's (unknown path 404, wrong method 405, ...) and unexpected ones (500, logged).
 */
final class AdminErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(AdminErrorMapper.class);

  private final AdminJson json;

  AdminErrorMapper(AdminJson json) {
    this.json = json;
  }

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof AdminRequestException e) {
      return body(Response.status(e.status()), e.code(), e.getMessage());
    }
    if (error instanceof WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      // Keeps Jersey's headers, such as Allow on a 405.
      return body(Response.fromResponse(e.getResponse()), code(status), status.getStatusCode() == 404
          ? "no such admin API path" : status.getReasonPhrase());
    }
    if (error instanceof SQLException) {
      LOG.warn("Admin API: the store failed", error);
      return body(Response.serverError(), "store_failed", "the store failed: " + error.getMessage());
    }
    LOG.error("Admin API: unexpected failure", error);
    return body(Response.serverError(), "internal_error", "unexpected failure (" + error.getClass().getSimpleName()
        + "); see the service log");
  }

  private Response body(Response.ResponseBuilder builder, String code, String message) {
    return builder.entity(json.error(code, message)).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** "Method Not Allowed" becomes "method_not_allowed". */
  private static String code(Response.StatusType status) {
    return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }
}
