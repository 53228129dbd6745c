package dev.bellwether.service.reports;

import dev.bellwether.service.admin.AdminJson;
import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;

/**
 * What the report endpoints share: the org of a request and the answers, a 400
 * {"error": code, "message"} for a request that cannot be served and a 422 for records the
 * metrics refuse.
 */
final class ReportRequests {
  private final SyncAdministration orgs;
  private final AdminJson json;

  ReportRequests(SyncAdministration orgs, AdminJson json) {
    this.orgs = orgs;
    this.json = json;
  }

  /** The org asked for with {@code org=ID}, else the only one served. */
  String org(String requested) throws SQLException, AdminRequestException, ReportUsageException {
    String orgId = orgs.org(requested);
    if (orgId == null) {
      throw new ReportUsageException("no_org", "no org has synced here yet; there is nothing to report on");
    }
    return orgId;
  }

  Response ok(String body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }

  Response badRequest(ReportUsageException e) {
    return Response.status(Response.Status.BAD_REQUEST).entity(json.error(e.code(), e.getMessage()))
        .type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  Response unusable(IllegalArgumentException e) {
    return Response.status(422).entity(json.error("unusable_records", "the org's records cannot be reported: "
        + e.getMessage())).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
