package dev.bellwether.service.scoring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each stage of a scoring run took, in the order they ran. */
public final class StageTimings {

  private final Map<String, Duration> stages = new LinkedHashMap<>();
  private long started = System.nanoTime();

  /** Ends the running stage under {@code name} and starts the next. */
  public void lap(String name) {
    long now = System.nanoTime();
    stages.merge(name, Duration.ofNanos(now - started), Duration::plus);
    started = now;
  }

  public Map<String, Duration> stages() {
    return Map.copyOf(stages);
  }

  /** The stages in run order. */
  public Map<String, Duration> ordered() {
    return new LinkedHashMap<>(stages);
  }

  public Duration total() {
    return stages.values().stream().reduce(Duration.ZERO, Duration::plus);
  }
}
