package dev.bellwether.service.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a CLI run gets from its process, passed in so tests run it in-process.
 *
 * @param env the environment variables
 * @param workingDirectory what relative paths are resolved against
 * @param out where results go
 * @param err where progress bars, warnings and errors go
 * @param terminal whether a person watches (a console is attached): progress bars instead of lines
 * @param clock the wall clock, for lags and run times
 */
public record CliEnvironment(Map<String, String> env, Path workingDirectory, PrintWriter out, PrintWriter err,
    boolean terminal, Clock clock) {

  public CliEnvironment {
    env = Map.copyOf(env);
  }

  /** This process's environment, streams and console. */
  public static CliEnvironment ofProcess() {
    return new CliEnvironment(System.getenv(), Path.of("").toAbsolutePath(), new PrintWriter(System.out, true),
        new PrintWriter(System.err, true), System.console() != null, Clock.systemUTC());
  }
}
