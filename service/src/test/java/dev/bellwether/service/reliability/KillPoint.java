package dev.bellwether.service.reliability;

/**
 * Where the harness kills a sync process with SIGKILL: a point in what the process has reported
 * on its output, plus a random delay, so kills land inside page reads, page transactions, Bulk
 * jobs, deletion sweeps, outbox drains and start-up, not only on line boundaries.
 */
sealed interface KillPoint {

  /** Whether the run has come far enough for the kill's delay to start. */
  boolean reached(RunPosition position);

  /** How long after the point is reached the process is killed. */
  long delayMillis();

  /** No kill: the run goes to its end. */
  record None() implements KillPoint {
    @Override
    public boolean reached(RunPosition position) {
      return false;
    }

    @Override
    public long delayMillis() {
      return 0;
    }

    @Override
    public String toString() {
      return "no kill";
    }
  }

  /** This long after the process starts: in the JVM's start, opening the store, migrations or login. */
  record AtStartup(long delayMillis) implements KillPoint {
    @Override
    public boolean reached(RunPosition position) {
      return true;
    }

    @Override
    public String toString() {
      return "start-up +" + delayMillis + " ms";
    }
  }

  /** Once an object has started and applied this many pages (or ended sooner), then the delay. */
  record InObject(String object, int pagesApplied, long delayMillis) implements KillPoint {
    @Override
    public boolean reached(RunPosition position) {
      return position.started(object)
          && (position.pages(object) >= pagesApplied || position.finished(object));
    }

    @Override
    public String toString() {
      return object + " after " + pagesApplied + " pages +" + delayMillis + " ms";
    }
  }

  /** After the process printed this many lines, then the delay. */
  record AfterLine(int line, long delayMillis) implements KillPoint {
    @Override
    public boolean reached(RunPosition position) {
      return position.lines() >= line;
    }

    @Override
    public String toString() {
      return "line " + line + " +" + delayMillis + " ms";
    }
  }
}
