package dev.bellwether.service.reports;

import dev.bellwether.metrics.account.GroupBy;
import dev.bellwether.metrics.period.ReportingPeriod;
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
import java.util.Optional;

/**
 * {@code GET /admin/metrics?period=2025-Q3[&by=segment|owner][&asOf=DATE][&zone=ZONE][&currency=CODE][&org=ID]}:
 * the JSON of {@code bellwether metrics --format json}.
 */
@Path("admin/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class MetricsAdminResource {
  private final Reports reports;
  private final ReportRequests requests;
  private final AdminJson json;

  @Inject
  public MetricsAdminResource(Reports reports, SyncAdministration orgs, AdminJson json) {
    this.reports = reports;
    this.requests = new ReportRequests(orgs, json);
    this.json = json;
  }

  @GET
  public Response metrics(@QueryParam("org") String org, @QueryParam("period") String period,
      @QueryParam("by") String by, @QueryParam("asOf") String asOf, @QueryParam("zone") String zone,
      @QueryParam("currency") String currency) throws SQLException, AdminRequestException {
    try {
      ReportSettings settings = ReportArguments.settings("zone", zone, "currency", currency);
      LocalDate day = ReportArguments.date("asOf", asOf, reports.today(settings));
      ReportingPeriod reportingPeriod = ReportArguments.period("period", period);
      Optional<GroupBy> groupBy = ReportArguments.groupBy("by", by);
      MetricsReport report = reports.metrics(requests.org(org), reportingPeriod, groupBy, day, settings);
      return requests.ok(json.write(MetricsJson.of(report, json.mapper())));
    } catch (ReportUsageException e) {
      return requests.badRequest(e);
    } catch (IllegalArgumentException e) {
      return requests.unusable(e);
    }
  }
}
