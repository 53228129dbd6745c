package dev.bellwether.service.reports;

import dev.bellwether.service.admin.AdminJson;
import dev.bellwether.service.admin.AdminRequestException;
import dev.bellwether.service.admin.SyncAdministration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * {@code GET /admin/churn[?from=DATE][&to=DATE][&asOf=DATE][&currency=CODE][&org=ID]}: the JSON of
 * {@code bellwether churn --format json}; the range defaults to the year ending on the as-of day.
 */
@Path("admin/churn")
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class ChurnAdminResource {
  private final Reports reports;
  private final ReportRequests requests;
  private final AdminJson json;

  @Inject
  public ChurnAdminResource(Reports reports, SyncAdministration orgs, AdminJson json) {
    this.reports = reports;
    this.requests = new ReportRequests(orgs, json);
    this.json = json;
  }

  @GET
  public Response churn(@QueryParam("org") String org, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("asOf") String asOf, @QueryParam("zone") String zone, @QueryParam("currency") String currency)
      throws SQLException, AdminRequestException {
    try {
      ReportSettings settings = ReportArguments.settings("zone", zone, "currency", currency);
      LocalDate day = ReportArguments.date("asOf", asOf, reports.today(settings));
      ReportArguments.DateRange range = ReportArguments.range("from", from, "to", to, day);
      ChurnReport report = reports.churn(requests.org(org), range.from(), range.to(), day, settings);
      return requests.ok(json.write(ChurnJson.of(report, json.mapper())));
    } catch (ReportUsageException e) {
      return requests.badRequest(e);
    } catch (IllegalArgumentException e) {
      return requests.unusable(e);
    }
  }
}
