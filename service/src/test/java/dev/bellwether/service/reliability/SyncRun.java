package dev.bellwether.service.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One {@code bellwether sync --once} process: its output read as it comes, and a SIGKILL
 * ({@link Process#destroyForcibly()}) at its {@link KillPoint} unless it ends first.
 */
final class SyncRun {
  /** The exit code of a process ended by SIGKILL (128 + 9). */
  static final int KILLED = 137;

  /**
   * How a run ended.
   *
   * @param exitCode the process's exit code (137 when killed)
   * @param killed whether the kill ended it (not its own exit)
   * @param landedAt where the run stood when it was killed, or "ran to the end"
   * @param objectInProgress the object being synced when it was killed, or null
   * @param stdout its output lines
   * @param stderr its error and log lines
   * @param timeline both streams' lines as they came, each with the milliseconds since the start
   * @param took from start to end
   */
  record Outcome(int exitCode, boolean killed, String landedAt, String objectInProgress, List<String> stdout,
      List<String> stderr, List<String> timeline, Duration took) {

    /** The last lines of both streams, for a failure message. */
    String tail() {
      return "stdout:\n  " + String.join("\n  ", last(stdout, 25)) + "\nstderr:\n  "
          + String.join("\n  ", last(stderr, 25));
    }

    private static List<String> last(List<String> lines, int n) {
      return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }
  }

  private final Process process;
  private final KillPoint point;
  private final long startedNanos = System.nanoTime();
  private final RunPosition position = new RunPosition();
  private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
  private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
  private final List<String> timeline = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch reached = new CountDownLatch(1);
  private final Thread outReader;
  private final Thread errReader;

  private SyncRun(Process process, KillPoint point) {
    this.process = process;
    this.point = point;
    if (point.reached(position)) {
      reached.countDown();
    }
    this.outReader = reader(process.getInputStream(), "sync-stdout", line -> {
      stdout.add(line);
      timeline.add(elapsedMillis() + " out " + line);
      position.line(line);
      if (point.reached(position)) {
        reached.countDown();
      }
    });
    this.errReader = reader(process.getErrorStream(), "sync-stderr", line -> {
      stderr.add(line);
      timeline.add(elapsedMillis() + " err " + line);
    });
  }

  static SyncRun start(ProcessBuilder command, KillPoint point) {
    try {
      return new SyncRun(command.start(), point);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.command(), e);
    }
  }

  /** Waits for the kill point, kills the process after its delay, or lets it end by itself. */
  Outcome await(Duration timeout) throws InterruptedException {
    long deadline = startedNanos + timeout.toNanos();
    while (!reached.await(10, TimeUnit.MILLISECONDS) && process.isAlive()) {
      if (System.nanoTime() > deadline) {
        return killAfterTimeout(timeout);
      }
    }
    boolean endedByItself = !process.isAlive() || process.waitFor(point.delayMillis(), TimeUnit.MILLISECONDS);
    String landedAt = null;
    String inProgress = null;
    if (!endedByItself) {
      landedAt = position.describe();
      timeline.add(elapsedMillis() + " --- SIGKILL in " + landedAt);
      inProgress = position.objectInProgress();
      process.destroyForcibly();
    }
    if (!process.waitFor(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS)) {
      return killAfterTimeout(timeout);
    }
    outReader.join();
    errReader.join();
    int code = process.exitValue();
    // A kill that raced with the process's own exit leaves its real exit code: that run was not killed.
    boolean killed = !endedByItself && code == KILLED;
    return new Outcome(code, killed, killed ? landedAt : "ran to the end", killed ? inProgress : null,
        List.copyOf(stdout), List.copyOf(stderr), List.copyOf(timeline),
        Duration.ofNanos(System.nanoTime() - startedNanos));
  }

  private long elapsedMillis() {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  private Outcome killAfterTimeout(Duration timeout) throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    outReader.join();
    errReader.join();
    Outcome outcome = new Outcome(process.exitValue(), false, "timed out", null, List.copyOf(stdout),
        List.copyOf(stderr), List.copyOf(timeline), Duration.ofNanos(System.nanoTime() - startedNanos));
    throw new AssertionError("sync --once did not end within " + timeout + " (at " + position.describe()
        + ")\n" + outcome.tail());
  }

  private static Thread reader(InputStream in, String name, Consumer<String> onLine) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          onLine.accept(line);
        }
      } catch (IOException e) {
        // The pipe closes when the process is killed; what was read is kept.
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }
}
