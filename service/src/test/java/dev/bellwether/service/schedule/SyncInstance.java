package dev.bellwether.service.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code bellwether sync} process (continuous mode) on this test JVM's class path, its output
 * in files, as an operator would run an instance of the service.
 */
final class SyncInstance implements AutoCloseable {
  /** The admin API token every instance is started with. */
  static final String ADMIN_TOKEN = "three-instances-admin-token";

  private final String name;
  private final Process process;
  private final Path out;
  private final Path err;

  private SyncInstance(String name, Process process, Path out, Path err) {
    this.name = name;
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code bellwether sync --instance NAME} with the given further arguments. */
  static SyncInstance start(String name, Path dir, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.bellwether.service.cli.BellwetherCli",
        "sync", "--instance", name));
    command.addAll(arguments);
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("BELLWETHER_ADMIN_TOKEN", ADMIN_TOKEN);
    Process process = builder.start();
    return new SyncInstance(name, process, out, err);
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** kill -9: no shutdown hook runs, picked jobs stay picked until others find them dead. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /**
   * SIGTERM, then waits for the process to end.
   *
   * @return whether it ended within the wait
   */
  boolean stop(long seconds) throws InterruptedException {
    process.destroy();
    return process.waitFor(seconds, TimeUnit.SECONDS);
  }

  String output() throws IOException {
    return Files.readString(out);
  }

  /** The last lines of its output and errors, for a failure message. */
  String tail() {
    try {
      return "--- " + name + " (alive: " + process.isAlive() + ") stdout:\n" + last(Files.readAllLines(out), 15)
          + "--- " + name + " stderr:\n" + last(Files.readAllLines(err), 25);
    } catch (IOException e) {
      return "--- " + name + ": output unreadable: " + e.getMessage() + "\n";
    }
  }

  private static String last(List<String> lines, int n) {
    return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size())) + "\n";
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
