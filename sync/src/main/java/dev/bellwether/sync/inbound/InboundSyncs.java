package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound sync of every mapped object of one org, one after another in mapping order (parents
 * before children). Objects that map no inbound field are not read. One object's failure is
 * reported and the others still run.
 *
 * <p>Keep one instance for the life of a polling process: its {@link CrmClock} reads the CRM's
 * clock once per {@link InboundSettings#crmClockEvery()}, so that a pass over N objects with
 * nothing to apply costs N API calls (one read of changes and deletions each).
 */
public final class InboundSyncs {
  private static final Logger LOG = LoggerFactory.getLogger(InboundSyncs.class);

  private final CrmConnector crm;
  private final CrmClock clock;
  private final List<InboundSync> syncs = new ArrayList<>();

  /** Syncs on this machine's monotonic clock, offset to the CRM's. */
  public InboundSyncs(String orgId, Mappings mappings, CrmConnector crm, InboundStore store,
      InboundSettings settings, PageListener listener) {
    this(orgId, mappings, crm, store, settings, listener, new MonotonicClock());
  }

  /**
   * @param local the clock the CRM clock's offset applies to between readings (a test passes the
   *     clock its devorg runs on)
   */
  public InboundSyncs(String orgId, Mappings mappings, CrmConnector crm, InboundStore store,
      InboundSettings settings, PageListener listener, Clock local) {
    this.crm = crm;
    this.clock = new CrmClock(crm, local, settings.crmClockEvery());
    for (ObjectMapping mapping : mappings.objects()) {
      if (!mapping.inboundFields().isEmpty()) {
        syncs.add(new InboundSync(orgId, mapping, crm, store, settings, listener));
      }
    }
  }

  /** The per-object syncs, in the order they run. */
  public List<InboundSync> syncs() {
    return List.copyOf(syncs);
  }

  /**
   * The CRM's time for a pass: read from the CRM at most once per {@link InboundSettings#crmClockEvery()}.
   * A caller running the objects itself ({@link InboundSync#run(Instant)}) takes the pass's time here.
   */
  public Instant crmNow() throws CrmException {
    return clock.now();
  }

  /**
   * Runs every object once. Each object's window ends at the pass's CRM time, which costs at most
   * the pass's duration in freshness and saves a clock read per object.
   *
   * @throws CrmException when the CRM's clock cannot be read (then no object ran) or the thread
   *     was interrupted
   */
  public InboundRound runOnce() throws CrmException {
    long spentBefore = crm.budget().spent();
    Instant now = crmNow();
    List<InboundRun> runs = new ArrayList<>();
    List<ObjectFailure> failures = new ArrayList<>();
    for (InboundSync sync : syncs) {
      try {
        runs.add(sync.run(now));
      } catch (CrmException e) {
        if (e.kind() == CrmException.Kind.INTERRUPTED) {
          throw e;
        }
        LOG.warn("inbound sync of {} failed ({} {}): {}", sync.object(), e.kind(), e.code(), e.getMessage());
        failures.add(new ObjectFailure(sync.object(), e));
      } catch (SQLException | RuntimeException e) {
        LOG.warn("inbound sync of {} failed: {}", sync.object(), e.toString());
        failures.add(new ObjectFailure(sync.object(), e));
      }
    }
    return new InboundRound(runs, failures, Math.max(0, crm.budget().spent() - spentBefore));
  }
}
