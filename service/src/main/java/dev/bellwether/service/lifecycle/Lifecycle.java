package dev.bellwether.service.lifecycle;

/**
 * A part of the running service that is started and stopped with it: the job scheduler, and what
 * runs beside it in continuous mode (the admin HTTP server).
 */
public interface Lifecycle {

  /** What it is, for logs: "scheduler", "admin HTTP server on :8080". */
  String name();

  /** Starts it; returns once it runs. Throws when it cannot start (the service then stops what it started). */
  void start() throws Exception;

  /** Stops it, waiting a bounded time for work in flight; called once, after a successful start. */
  void stop();
}
