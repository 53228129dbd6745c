package dev.bellwether.sync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@link SyncBenchWorker} JVM, driven one pass at a time over its stdin and stdout. */
final class SyncWorkerProcess implements AutoCloseable {
  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final ObjectMapper json = new ObjectMapper();
  private final JsonNode ready;

  private SyncWorkerProcess(Process process) throws IOException {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.ready = next();
  }

  /**
   * @param heap the worker's -Xmx, e.g. "512m"
   * @param log where the worker's log (stderr) goes
   */
  static SyncWorkerProcess start(String heap, String devorgUrl, Path dataDir, Duration overlap, Path log)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap));
    // e.g. -Dbench.sync.jvmArgs=-XX:StartFlightRecording=filename=/tmp/sync.jfr to profile the sync
    String extra = System.getProperty("bench.sync.jvmArgs", "").trim();
    if (!extra.isEmpty()) {
      cmd.addAll(List.of(extra.split("\\s+")));
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SyncBenchWorker.class.getName(), devorgUrl,
        dataDir.toString(), overlap.toString()));
    Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    return new SyncWorkerProcess(p);
  }

  /** What the worker said when it was ready: its object count and store. */
  JsonNode ready() {
    return ready;
  }

  /** Runs one inbound pass over every object and returns the worker's report of it. */
  JsonNode pass() throws IOException {
    in.write("pass\n");
    in.flush();
    return next();
  }

  /** The worker's next JSON line; the JVM's own lines (e.g. a flight recording's notice) are passed on. */
  private JsonNode next() throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("{")) {
        return json.readTree(line);
      }
      System.err.println("sync worker: " + line);
    }
    throw new IOException("the sync worker exited (" + waitExit() + "); see its log");
  }

  private String waitExit() {
    try {
      return process.waitFor(10, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  @Override
  public void close() throws Exception {
    try {
      in.write("quit\n");
      in.flush();
    } catch (IOException e) {
      // already gone
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroy();
    }
  }
}
