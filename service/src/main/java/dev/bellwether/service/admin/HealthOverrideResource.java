package dev.bellwether.service.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bellwether.metrics.health.Band;
import dev.bellwether.store.scoring.HealthOverrideRow;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code /admin/health/{accountId}/override}: a CSM's band override of an account (band, reason,
 * author, expiry). The next scoring run shows it as the band in force on the Account and in a new
 * CS_Health__c snapshot, the computed score beside it; it lapses on its expiry date.
 */
@Path("admin/health/{accountId}/override")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class HealthOverrideResource {

  private final SyncAdministration orgs;
  private final AdminContext context;
  private final AdminJson json;

  @Inject
  public HealthOverrideResource(SyncAdministration orgs, AdminContext context, AdminJson json) {
    this.orgs = orgs;
    this.context = context;
    this.json = json;
  }

  /** The account's override, or 404 when it has none. */
  @GET
  public String get(@PathParam("accountId") String accountId, @QueryParam("org") String org)
      throws SQLException, AdminRequestException {
    HealthOverrideRow row = context.store().scoring().overrides().all(requireOrg(org)).get(accountId);
    if (row == null) {
      throw AdminRequestException.notFound("no_override", "account " + accountId + " has no health override");
    }
    return json.write(toJson(row));
  }

  /**
   * Sets the override from {@code {"band":"Red|Yellow|Green","reason":"...","author":"...",
   * "expiresOn":"YYYY-MM-DD"}}; every field is required and the expiry must be after today.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public String put(@PathParam("accountId") String accountId, @QueryParam("org") String org, String body)
      throws SQLException, AdminRequestException {
    String orgId = requireOrg(org);
    if (context.store().records().find(orgId, "Account", accountId).filter(r -> !r.deleted()).isEmpty()) {
      throw AdminRequestException.notFound("unknown_account", "account " + accountId + " is not in the store of org "
          + orgId);
    }
    JsonNode in;
    try {
      in = json.mapper().readTree(body == null ? "" : body);
    } catch (IOException e) {
      throw AdminRequestException.badRequest("bad_json", "the body is not JSON: " + e.getMessage());
    }
    if (in == null || !in.isObject()) {
      throw AdminRequestException.badRequest("bad_json", "the body must be a JSON object with band, reason, author"
          + " and expiresOn");
    }
    Band band;
    try {
      band = Band.fromLabel(text(in, "band"));
    } catch (IllegalArgumentException e) {
      throw AdminRequestException.badRequest("bad_band", "band: must be Red, Yellow or Green, was '"
          + in.path("band").asText() + "'");
    }
    String reason = text(in, "reason");
    String author = text(in, "author");
    LocalDate expires;
    try {
      expires = LocalDate.parse(text(in, "expiresOn"));
    } catch (DateTimeParseException e) {
      throw AdminRequestException.badRequest("bad_date", "expiresOn: not a date (YYYY-MM-DD): '"
          + in.path("expiresOn").asText() + "'");
    }
    LocalDate today = LocalDate.ofInstant(context.clock().instant(), java.time.ZoneOffset.UTC);
    if (!expires.isAfter(today)) {
      throw AdminRequestException.badRequest("bad_date", "expiresOn: " + expires + " is not after today (" + today
          + "): an override must expire in the future");
    }
    HealthOverrideRow row = new HealthOverrideRow(accountId, band.label(), reason, author, expires,
        context.clock().instant());
    context.store().transactions().inTransaction(tx -> {
      context.store().scoring().overrides().put(tx, orgId, row);
      return null;
    });
    return json.write(toJson(row));
  }

  /** Removes the override; 404 when there was none. */
  @DELETE
  public String delete(@PathParam("accountId") String accountId, @QueryParam("org") String org)
      throws SQLException, AdminRequestException {
    String orgId = requireOrg(org);
    boolean removed = context.store().transactions().inTransaction(tx ->
        context.store().scoring().overrides().remove(tx, orgId, accountId));
    if (!removed) {
      throw AdminRequestException.notFound("no_override", "account " + accountId + " has no health override");
    }
    ObjectNode answer = json.mapper().createObjectNode();
    answer.put("accountId", accountId);
    answer.put("removed", true);
    return json.write(answer);
  }

  private String requireOrg(String org) throws SQLException, AdminRequestException {
    String orgId = orgs.org(org);
    if (orgId == null) {
      throw AdminRequestException.badRequest("no_org", "no org has synced here yet; overrides are kept per org");
    }
    return orgId;
  }

  private static String text(JsonNode in, String field) throws AdminRequestException {
    JsonNode value = in.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw AdminRequestException.badRequest("missing_field", field + ": required, a non-empty string");
    }
    return value.asText().strip();
  }

  private ObjectNode toJson(HealthOverrideRow row) {
    ObjectNode out = json.mapper().createObjectNode();
    out.put("accountId", row.accountId());
    out.put("band", row.band());
    out.put("reason", row.reason());
    out.put("author", row.author());
    out.put("expiresOn", row.expiresOn().toString());
    out.put("setAt", row.setAt().toString());
    return out;
  }
}
