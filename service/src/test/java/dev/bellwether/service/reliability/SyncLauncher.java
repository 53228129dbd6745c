package dev.bellwether.service.reliability;

import dev.bellwether.service.cli.BellwetherCli;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Starts {@code bellwether sync --once} as a separate JVM on this test's class path, as
 * {@code scripts/bellwether} would, against one devorg and one store.
 *
 * <p>The suite starts the CLI about a hundred times, so start-up is kept short: C1 only, the serial
 * collector, and a class-data archive of the CLI's classes written by one warm-up run. Archives
 * take jars only, so the class path's directories are packed into jars first (a JVM that cannot
 * use the archive says nothing and starts without it).
 */
final class SyncLauncher {
  /** Longest a single run may take before the suite fails. */
  static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

  /**
   * What every run starts from.
   *
   * @param classPath the class path, jars only
   * @param archive the class-data archive, or null when none could be written
   * @param config the Bellwether YAML file every run reads (CRM settings; the shipped mappings)
   */
  record ClassData(String classPath, Path archive, Path config) {
  }

  /**
   * devorg's admin through the CLI's app, as with no configuration at all, but with backoff at test
   * speed: the production default waits from 500 ms, which a hundred runs under 10% failed calls
   * would spend mostly asleep. What is retried, and how often, stays the same.
   */
  private static final String CRM_SETTINGS = """
      salesforce:
        loginUrl: http://127.0.0.1:7443
        apiVersion: "64.0"
        auth:
          method: password
          clientId: bellwether-cli
          username: admin@bellwether.devorg
          password: env:BW_DEVORG_PASSWORD
        retry: { maxAttempts: 10, initialBackoff: 20ms, maxBackoff: 400ms, jitter: 0.25, limitBackoff: 1s }
      """;

  private final ClassData classData;
  private final URI loginUrl;
  private final List<String> store;

  /**
   * @param loginUrl devorg's URL
   * @param store the store options: {@code --data DIR} for H2 or {@code --db URL} for PostgreSQL
   */
  SyncLauncher(ClassData classData, URI loginUrl, List<String> store) {
    this.classData = classData;
    this.loginUrl = loginUrl;
    this.store = List.copyOf(store);
  }

  /** Starts a run that is killed at {@code point}. */
  SyncRun start(KillPoint point) {
    List<String> jvm = jvmOptions(classData.archive() == null ? List.of()
        : List.of("-XX:SharedArchiveFile=" + classData.archive()));
    List<String> options = new ArrayList<>(store);
    options.addAll(List.of("--config", classData.config().toString()));
    return SyncRun.start(command(jvm, classData.classPath(), loginUrl, options), point);
  }

  /**
   * Packs the class path's directories into jars under {@code dir}, then runs the CLI once to the
   * end against a devorg, syncing only User into a scratch H2 store, and keeps the classes it
   * loaded in an archive for the later runs.
   */
  static ClassData prepare(Path dir, URI devorgUrl) throws IOException, InterruptedException {
    String classPath = jarsOnly(dir);
    Path archive = dir.resolve("bellwether-cli.jsa");
    Path config = Files.writeString(dir.resolve("bellwether.yaml"), CRM_SETTINGS);
    Path warmUpConfig = Files.writeString(dir.resolve("warm-up.yaml"), CRM_SETTINGS
        + "mappings:\n  User:\n    externalId: null\n    fields:\n      Name: inbound\n");
    List<String> jvm = jvmOptions(List.of("-XX:ArchiveClassesAtExit=" + archive));
    SyncRun.Outcome warmUp = SyncRun.start(command(jvm, classPath, devorgUrl,
        List.of("--data", dir.resolve("warm-up-store").toString(), "--config", warmUpConfig.toString())),
        new KillPoint.None()).await(RUN_TIMEOUT);
    if (warmUp.exitCode() != 0) {
      throw new AssertionError("the warm-up sync failed (exit " + warmUp.exitCode() + ")\n" + warmUp.tail());
    }
    return new ClassData(classPath, Files.isRegularFile(archive) ? archive : null, config);
  }

  private static List<String> jvmOptions(List<String> extra) {
    List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
        "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        // Lock retries are logged at INFO: the suite counts them as faults the sync process met.
        "-Dorg.slf4j.simpleLogger.log.dev.bellwether.connector.salesforce.WritePaths=info"));
    options.addAll(extra);
    return options;
  }

  private static ProcessBuilder command(List<String> jvm, String classPath, URI loginUrl, List<String> options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(classPath);
    command.add(BellwetherCli.class.getName());
    command.addAll(List.of("sync", "--once", "--login-url", loginUrl.toString()));
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("BELLWETHER_DATA");
    builder.environment().put("BW_DEVORG_PASSWORD", "bellwether");
    return builder;
  }

  /** This test's class path with each directory packed into a jar in {@code dir}; missing entries dropped. */
  private static String jarsOnly(Path dir) throws IOException {
    // Surefire runs tests from a manifest-only jar and names the real class path in this property.
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    List<String> jars = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        Path jar = dir.resolve("classes-" + jars.size() + ".jar");
        pack(path, jar);
        jars.add(jar.toString());
      } else if (Files.isRegularFile(path)) {
        jars.add(entry);
      }
    }
    return String.join(File.pathSeparator, jars);
  }

  private static void pack(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> paths = Files.walk(classes)) {
      for (Path p : paths.filter(p -> !p.equals(classes)).sorted().toList()) {
        String name = classes.relativize(p).toString().replace(File.separatorChar, '/');
        // Directory entries too: resource scans (Flyway's migrations) look folders up by name.
        boolean folder = Files.isDirectory(p);
        out.putNextEntry(new JarEntry(folder ? name + "/" : name));
        if (!folder) {
          Files.copy(p, out);
        }
        out.closeEntry();
      }
    }
  }
}
