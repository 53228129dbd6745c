package dev.bellwether.service.schedule;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import dev.bellwether.store.ObjectStatus;
import dev.bellwether.store.Store;
import dev.bellwether.sync.inbound.CrmClock;
import dev.bellwether.sync.inbound.InboundRun;
import dev.bellwether.sync.inbound.InboundSettings;
import dev.bellwether.sync.inbound.MonotonicClock;
import dev.bellwether.sync.inbound.InboundStore;
import dev.bellwether.sync.inbound.InboundSync;
import dev.bellwether.sync.inbound.ObjectFailure;
import dev.bellwether.sync.inbound.PageListener;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import dev.bellwether.sync.outbound.OutboundSettings;
import dev.bellwether.sync.outbound.OutboxDrainer;
import dev.bellwether.sync.status.ObjectStatusWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync work of one org, one object at a time, as the scheduled jobs run it: an inbound poll of
 * an object, or a drain of its outbox. A run that fails is logged, recorded in the object's status
 * and reported, never thrown, so one object's trouble never holds back another's.
 */
public final class OrgSyncJobs {
  private static final Logger LOG = LoggerFactory.getLogger(OrgSyncJobs.class);


  private final String orgId;
  private final Map<String, InboundSync> inbound = new LinkedHashMap<>();
  private final Map<String, OutboxDrainer> outbound = new LinkedHashMap<>();
  private final CrmClock crmClock;
  private final ObjectStatusWriter statuses;
  private final Clock clock;
  private final JobListener listener;

  /** With the default inbound and outbound settings. */
  public OrgSyncJobs(String orgId, Mappings mappings, CrmConnector crm, Store store, String instanceName, Clock clock,
      JobListener listener) {
    this(orgId, mappings, crm, store, instanceName, InboundSettings.defaults(), OutboundSettings.defaults(), clock,
        listener);
  }

  /**
   * @param instanceName this instance's name in the page log
   * @param clock this machine's clock: status times, outbox backoff
   */
  public OrgSyncJobs(String orgId, Mappings mappings, CrmConnector crm, Store store, String instanceName,
      InboundSettings inboundSettings, OutboundSettings outboundSettings, Clock clock, JobListener listener) {
    this.orgId = Objects.requireNonNull(orgId, "orgId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    // The CRM's time runs on the monotonic clock plus a measured offset: a wall clock stepped by NTP
    // must not end a poll window in the CRM's future.
    this.crmClock = new CrmClock(crm, new MonotonicClock(), inboundSettings.crmClockEvery());
    this.statuses = new ObjectStatusWriter(store.objectStatus(), store.transactions(), clock);
    InboundStore inboundStore = InboundStore.of(store, instanceName);
    for (ObjectMapping mapping : mappings.objects()) {
      if (!mapping.inboundFields().isEmpty()) {
        inbound.put(mapping.object(), new InboundSync(orgId, mapping, crm, inboundStore, inboundSettings,
            PageListener.NONE));
      }
      drainerFor(orgId, mapping, crm, store, outboundSettings, clock)
          .ifPresent(d -> outbound.put(mapping.object(), d));
    }
  }

  /**
   * The drainer of an object, or none when nothing can be written back for it: no outbound field,
   * or a mapping the drainer refuses (earlier drainers needed an external id to upsert by). Built
   * through the drainer's own check rather than a copy of it, so whatever objects it can write are
   * drained without a change here.
   */
  private static Optional<OutboxDrainer> drainerFor(String orgId, ObjectMapping mapping, CrmConnector crm,
      Store store, OutboundSettings settings, Clock clock) {
    if (mapping.outboundFields().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new OutboxDrainer(orgId, mapping, crm, store.outbox(), settings, clock));
    } catch (IllegalArgumentException e) {
      LOG.info("org {}: outbox of {} is not drained: {}", orgId, mapping.object(), e.getMessage());
      return Optional.empty();
    }
  }

  public String orgId() {
    return orgId;
  }

  /** Objects read from the CRM, in mapping order. */
  public List<String> inboundObjects() {
    return List.copyOf(inbound.keySet());
  }

  /** Objects whose outbox is drained to the CRM, in mapping order. */
  public List<String> outboundObjects() {
    return List.copyOf(outbound.keySet());
  }

  /**
   * Polls one object: a first load until one completed, then changes and deletions since its
   * watermark, ending at the CRM's current time.
   *
   * @return whether it ended well; a failure is recorded in the status and reported, not thrown
   * @throws SQLException only when a failure could not even be recorded (the store is down)
   * @throws IllegalArgumentException when the object is not read inbound
   */
  public boolean runInbound(String object) throws SQLException {
    InboundSync sync = known(inbound, object, "read inbound");
    Instant startedAt = clock.instant();
    try {
      InboundRun run = sync.run(crmClock.now());
      ObjectStatus saved = statuses.succeeded(orgId, run, startedAt);
      listener.inboundRan(orgId, run, saved.lagSeconds());
      return true;
    } catch (CrmException e) {
      if (e.kind() == CrmException.Kind.INTERRUPTED) {
        // The scheduler is stopping: the run is cut short and repeats from its watermark next time.
        Thread.currentThread().interrupt();
        LOG.info("org {}: inbound {} interrupted", orgId, object);
        return false;
      }
      return inboundFailed(object, e, startedAt);
    } catch (SQLException | RuntimeException e) {
      return inboundFailed(object, e, startedAt);
    }
  }

  /**
   * Drains one object's outbox: every due entry, batch by batch.
   *
   * @return whether it ended well; a failure is recorded in the status and reported, not thrown
   * @throws SQLException only when a failure could not even be recorded (the store is down)
   * @throws IllegalArgumentException when the object is not drained
   */
  public boolean drain(String object) throws SQLException {
    OutboxDrainer drainer = known(outbound, object, "drained");
    Instant startedAt = clock.instant();
    try {
      listener.drained(orgId, object, drainer.drain());
      return true;
    } catch (SQLException | RuntimeException e) {
      LOG.warn("org {}: outbound drain of {} failed: {}", orgId, object, e.toString());
      // The message says "outbound" so the status line tells a failed drain from a failed poll.
      statuses.failed(orgId, new ObjectFailure(object, new Exception("outbound drain: " + e.getMessage(), e)),
          startedAt);
      listener.drainFailed(orgId, object, e);
      return false;
    }
  }

  private boolean inboundFailed(String object, Exception e, Instant startedAt) throws SQLException {
    if (e instanceof CrmException crm) {
      LOG.warn("org {}: inbound {} failed ({} {}): {}", orgId, object, crm.kind(), crm.code(), e.getMessage());
    } else {
      LOG.warn("org {}: inbound {} failed: {}", orgId, object, e.toString());
    }
    statuses.failed(orgId, new ObjectFailure(object, e), startedAt);
    listener.inboundFailed(orgId, object, e);
    return false;
  }

  private <T> T known(Map<String, T> jobs, String object, String what) {
    T job = jobs.get(object);
    if (job == null) {
      throw new IllegalArgumentException("org " + orgId + ": object " + object + " is not " + what
          + " (mapped: " + String.join(", ", jobs.keySet()) + ")");
    }
    return job;
  }
}
