package dev.bellwether.devorg;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How to start a devorg. Built with {@link #builder()}; every part has a default that suits
 * tests: an ephemeral port, memory only, no seed, no faults.
 */
public record DevOrgOptions(String host, int port, Path dataDir, String seed, int accounts,
    long seedNumber, String faults, int apiLimit, Duration sessionTtl, Path manifestsDir,
    Clock clock) {

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DevOrgOptions}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Path dataDir;
    private String seed = "none";
    private int accounts = 2000;
    private long seedNumber = 42;
    private String faults = "";
    private int apiLimit = 1_000_000;
    private Duration sessionTtl = Duration.ofHours(2);
    private Path manifestsDir;
    private Clock clock = Clock.systemUTC();

    public Builder host(String v) { host = v; return this; }
    public Builder port(int v) { port = v; return this; }
    public Builder dataDir(Path v) { dataDir = v; return this; }
    public Builder seed(String v) { seed = v; return this; }
    public Builder accounts(int v) { accounts = v; return this; }
    public Builder seedNumber(long v) { seedNumber = v; return this; }
    public Builder faults(String v) { faults = v; return this; }
    public Builder apiLimit(int v) { apiLimit = v; return this; }
    public Builder sessionTtl(Duration v) { sessionTtl = v; return this; }
    public Builder manifestsDir(Path v) { manifestsDir = v; return this; }
    public Builder clock(Clock v) { clock = v; return this; }

    public DevOrgOptions build() {
      if (!seed.equals("none") && !seed.equals("demo")) {
        throw new IllegalArgumentException("--seed must be demo or none, not '" + seed + "'");
      }
      if (accounts < 0) {
        throw new IllegalArgumentException("--accounts must not be negative");
      }
      return new DevOrgOptions(host, port, dataDir, seed, accounts, seedNumber, faults, apiLimit,
          sessionTtl, manifestsDir, clock);
    }
  }
}
