package dev.bellwether.sync.inbound;

/** Told after each page's transaction committed: progress bars, metrics, and tests that stop a run. */
@FunctionalInterface
public interface PageListener {

  /** A listener that does nothing. */
  PageListener NONE = (object, mode, page, records) -> { };

  /**
   * @param object the CRM object
   * @param mode the run's mode
   * @param page the page's number in this run, from 1
   * @param records the records in the page
   */
  void pageApplied(String object, InboundMode mode, int page, int records);
}
