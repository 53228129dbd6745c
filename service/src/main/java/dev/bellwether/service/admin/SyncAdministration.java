package dev.bellwether.service.admin;

import dev.bellwether.store.outbox.OutboxEntry;
import dev.bellwether.sync.status.ConflictsReport;
import dev.bellwether.sync.status.ParkedRecordsReport;
import dev.bellwether.sync.status.SyncStatusReader;
import dev.bellwether.sync.status.SyncStatusReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an admin can see of sync and do about it, for one store: the status, the parked outbound
 * records and their retry, the conflict log. The CLI commands and the HTTP API both go through it.
 *
 * <p>Every method takes the org asked for, or null for "the only org there is".
 */
public final class SyncAdministration {
  /** Conflicts listed when no limit is given. */
  public static final int DEFAULT_CONFLICT_LIMIT = 50;
  /** The most conflicts one request lists. */
  public static final int MAX_CONFLICT_LIMIT = 1000;
  /** How long the health check waits for the store to answer. */
  private static final int HEALTH_TIMEOUT_SECONDS = 2;

  private final AdminContext context;
  private final SyncStatusReader statusReader;

  public SyncAdministration(AdminContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.statusReader = SyncStatusReader.of(context.store(), context.clock());
  }

  /**
   * The org a request is about: the one asked for, which the store must know; else the only one;
   * null when no sync has run yet.
   *
   * @throws AdminRequestException 404 {@code unknown_org} for an org not served here, 400
   *     {@code org_required} when several are and none was named
   */
  public String org(String requested) throws SQLException, AdminRequestException {
    List<String> known = context.orgs().list();
    if (requested != null && !requested.isBlank()) {
      if (!known.contains(requested)) {
        throw AdminRequestException.notFound("unknown_org", "org " + requested + " is not served here ("
            + (known.isEmpty() ? "no org has synced into " + context.store().describe() + " yet"
                : "known: " + String.join(", ", known)) + ")");
      }
      return requested;
    }
    if (known.size() > 1) {
      throw AdminRequestException.badRequest("org_required", "several orgs are served here ("
          + String.join(", ", known) + "); choose one with org=ID (--org ID on the command line)");
    }
    return known.isEmpty() ? null : known.get(0);
  }

  /** Per object the watermark, lag, records, API calls, errors, outbox and conflicts. */
  public SyncStatusReport status(String requestedOrg) throws SQLException, AdminRequestException {
    String orgId = org(requestedOrg);
    if (orgId == null) {
      return new SyncStatusReport(null, context.clock().instant(), List.of());
    }
    return statusReader.read(orgId, context.mappedObjects());
  }

  /** The org's parked outbound records, oldest first. */
  public ParkedRecordsReport parked(String requestedOrg) throws SQLException, AdminRequestException {
    String orgId = org(requestedOrg);
    return new ParkedRecordsReport(orgId, orgId == null ? List.of() : context.store().outbox().listParked(orgId));
  }

  /**
   * The org's newest conflicts, newest first.
   *
   * @param object only this object's (its mapped spelling is used whatever the case), or null for all
   * @param limit at most this many, 1 to {@value #MAX_CONFLICT_LIMIT}
   */
  public ConflictsReport conflicts(String requestedOrg, String object, int limit)
      throws SQLException, AdminRequestException {
    if (limit < 1 || limit > MAX_CONFLICT_LIMIT) {
      throw AdminRequestException.badRequest("bad_limit", "limit must be from 1 to " + MAX_CONFLICT_LIMIT
          + ", was " + limit);
    }
    String orgId = org(requestedOrg);
    String name = object == null || object.isBlank() ? null : mappedSpelling(object.strip());
    return new ConflictsReport(orgId, name, limit,
        orgId == null ? List.of() : context.store().conflicts().list(orgId, name, limit));
  }

  /**
   * Gives one parked record a fresh start: pending, no attempts, due now; the next outbound drain
   * sends it.
   *
   * @return the entry as it was when parked
   * @throws AdminRequestException 404 {@code not_parked} naming the id when the org has no parked
   *     entry with it
   */
  public OutboxEntry retry(String requestedOrg, long id) throws SQLException, AdminRequestException {
    String orgId = org(requestedOrg);
    OutboxEntry parked = orgId == null ? null : context.store().outbox().listParked(orgId).stream()
        .filter(e -> e.id() == id).findFirst().orElse(null);
    // Released meanwhile by another admin or by a new change to the record: not parked any more.
    if (parked == null || !context.store().outbox().release(orgId, id, context.clock().instant())) {
      throw AdminRequestException.notFound("not_parked", "outbox entry " + id
          + (orgId == null ? "" : " of org " + orgId) + " is not parked");
    }
    return parked;
  }

  /** Gives every parked record of the org a fresh start; returns those released. */
  public List<OutboxEntry> retryAll(String requestedOrg) throws SQLException, AdminRequestException {
    String orgId = org(requestedOrg);
    if (orgId == null) {
      return List.of();
    }
    List<OutboxEntry> released = new ArrayList<>();
    for (OutboxEntry e : context.store().outbox().listParked(orgId)) {
      if (context.store().outbox().release(orgId, e.id(), context.clock().instant())) {
        released.add(e);
      }
    }
    return released;
  }

  /**
   * Checks that the store answers.
   *
   * @throws SQLException when no connection can be had or it does not answer in time
   */
  public void checkStore() throws SQLException {
    try (Connection c = context.store().dataSource().getConnection()) {
      if (!c.isValid(HEALTH_TIMEOUT_SECONDS)) {
        throw new SQLException("no answer within " + HEALTH_TIMEOUT_SECONDS + " s");
      }
    }
  }

  /** Where the store is, with any password masked. */
  public String storeDescription() {
    return context.store().describe();
  }

  private String mappedSpelling(String object) {
    return context.mappedObjects().stream().filter(o -> o.equalsIgnoreCase(object)).findFirst().orElse(object);
  }
}
