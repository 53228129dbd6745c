package dev.bellwether.service.cli;

import dev.bellwether.connector.CrmConnector;
import dev.bellwether.service.lifecycle.Lifecycle;
import dev.bellwether.service.schedule.ScheduleSettings;
import dev.bellwether.store.Store;
import java.util.List;

/**
 * What runs beside the scheduler in continuous sync (the admin HTTP server), made once the store
 * and the CRM are open. The parts are started after the scheduler, in list order, and stopped
 * before it, last first, on SIGTERM.
 */
@FunctionalInterface
interface CompanionServices {

  /** Nothing beside the scheduler. */
  CompanionServices NONE = context -> List.of();

  List<Lifecycle> create(Context context) throws Exception;

  /**
   * What a companion may use; all of it stays open until the companions have stopped.
   *
   * @param store the open store
   * @param crm the connected CRM
   * @param orgId the org synced
   * @param settings the resolved command settings (mappings, CRM and store configuration)
   * @param schedule this instance's scheduling settings
   */
  record Context(Store store, CrmConnector crm, String orgId, CliSettings settings, ScheduleSettings schedule) {
  }
}
