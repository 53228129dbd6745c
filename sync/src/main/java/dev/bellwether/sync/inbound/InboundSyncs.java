package dev.bellwether.sync.inbound;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.connector.CrmException;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound sync of every mapped object of one org, one after another in mapping order (parents
 * before children). Objects that map no inbound field are not read. One object's failure is
 * reported and the others still run.
 */
public final class InboundSyncs {
  private static final Logger LOG = LoggerFactory.getLogger(InboundSyncs.class);

  private final CrmConnector crm;
  private final List<InboundSync> syncs = new ArrayList<>();

  public InboundSyncs(String orgId, Mappings mappings, CrmConnector crm, InboundStore store,
      InboundSettings settings, PageListener listener) {
    this.crm = crm;
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
   * Runs every object once. The CRM's clock is read once for the whole pass: each object's window
   * ends there, which costs at most the pass's duration in freshness and saves a call per object.
   *
   * @throws CrmException when the CRM's clock cannot be read (then no object ran) or the thread
   *     was interrupted
   */
  public InboundRound runOnce() throws CrmException {
    long spentBefore = crm.budget().spent();
    Instant now = crm.serverTime();
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
