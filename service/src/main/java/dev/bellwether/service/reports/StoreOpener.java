package dev.bellwether.service.reports;

import dev.bellwether.store.Store;

/**
 * Opens the store a report command's common options (--data, --db, --config) name; the CLI
 * supplies it, so the commands share its option handling without reaching into it.
 */
@FunctionalInterface
public interface StoreOpener {

  /**
   * The open store; the caller closes it.
   *
   * @throws ReportUsageException naming the option, file or key at fault
   */
  Store open() throws ReportUsageException;
}
