package dev.bellwether.service.admin;

import dev.bellwether.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What the admin views read: the open store, the orgs it serves, the mapped objects (in sync order,
 * the rows of the status) and the clock lags are measured with.
 *
 * @param store the open store
 * @param orgs the orgs an admin may ask about
 * @param mappedObjects the objects sync maps, in sync order
 * @param clock the wall clock
 */
public record AdminContext(Store store, OrgIds orgs, List<String> mappedObjects, Clock clock) {

  public AdminContext {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(orgs, "orgs");
    mappedObjects = List.copyOf(mappedObjects);
    Objects.requireNonNull(clock, "clock");
  }
}
