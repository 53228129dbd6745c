package dev.bellwether.service.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bellwether.connector.salesforce.config.AuthMethod;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.ConfigException;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SalesforceConfigLoader;
import dev.bellwether.connector.salesforce.config.SecretRef;
import dev.bellwether.store.DataDirectory;
import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import dev.bellwether.store.StoreException;
import dev.bellwether.sync.mapping.Mappings;
import dev.bellwether.sync.mapping.MappingsException;
import dev.bellwether.service.canvas.CanvasConfigException;
import dev.bellwether.service.canvas.CanvasConfigLoader;
import dev.bellwether.service.canvas.CanvasSettings;
import dev.bellwether.service.panels.PanelEndpoints;
import dev.bellwether.service.scoring.ScoringConfigException;
import dev.bellwether.service.scoring.ScoringConfigLoader;
import dev.bellwether.sync.mapping.MappingsLoader;
import dev.bellwether.sync.mapping.ObjectMapping;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sync command runs against, resolved from its options, the config file and the defaults.
 *
 * @param salesforce the connector's settings
 * @param crmEnvironment where the connector's {@code env:} secrets are looked up
 * @param mappings the object mappings
 * @param store the database
 * @param scoring the {@code scoring:} section: time zone, currency, language, windows
 */
record CliSettings(SalesforceConfig salesforce, Map<String, String> crmEnvironment, Mappings mappings,
    StoreConfig store, ScoringConfigLoader.ScoringConfig scoring, java.util.Optional<CanvasSettings> canvas) {

  /** Where devorg listens by default: with no configuration at all, Bellwether talks to it. */
  static final String DEVORG_URL = "http://127.0.0.1:7443";
  /** devorg's default credentials: its admin user through the CLI's connected app, API 64.0 (SOAP login). */
  static final String DEVORG_USER = "admin@bellwether.devorg";
  static final String DEVORG_CLIENT = "bellwether-cli";
  /** The environment entry the devorg password is passed through, so it is never in a config value. */
  static final String DEVORG_PASSWORD_ENV = "BW_DEVORG_PASSWORD";
  static final String DEVORG_PASSWORD = "bellwether";

  /** Object names whose inbound fields are mapped, in sync order. */
  List<String> inboundObjects() {
    return mappings.objects().stream().filter(o -> !o.inboundFields().isEmpty()).map(ObjectMapping::object)
        .toList();
  }

  /**
   * Resolves the settings.
   *
   * @throws CliUsageException naming the file, key or option at fault
   */
  static CliSettings resolve(CommonOptions options, CliEnvironment process) throws CliUsageException {
    Map<String, String> env = new HashMap<>(process.env());
    env.putIfAbsent(DEVORG_PASSWORD_ENV, DEVORG_PASSWORD);
    Path file = options.config == null ? null : process.workingDirectory().resolve(options.config);
    SalesforceConfig salesforce = file != null && hasSection(file, "salesforce") ? loadSalesforce(file)
        : devorgDefaults();
    if (options.loginUrl != null) {
      if (options.loginUrl.getScheme() == null || options.loginUrl.getHost() == null) {
        throw new CliUsageException("--login-url: not an absolute URL: " + options.loginUrl);
      }
      salesforce = salesforce.toBuilder().loginUrl(options.loginUrl).build();
    }
    Mappings mappings = file == null ? MappingsLoader.defaults() : loadMappings(file);
    ScoringConfigLoader.ScoringConfig scoring = file == null ? ScoringConfigLoader.ScoringConfig.defaults()
        : loadScoring(file);
    java.util.Optional<CanvasSettings> canvas = file != null && hasSection(file, "canvas")
        ? java.util.Optional.of(loadCanvas(file)) : java.util.Optional.empty();
    return new CliSettings(salesforce, Map.copyOf(env), mappings, storeConfig(options, process), scoring, canvas);
  }

  /** This process's name in logs, the page log and the scheduler: host and process id. */
  static String instanceName() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "localhost";
    }
    return host + "#" + ProcessHandle.current().pid();
  }

  /** devorg on this machine with its admin user: the embedded default needs no set-up. */
  static SalesforceConfig devorgDefaults() {
    return SalesforceConfig.builder()
        .loginUrl(URI.create(DEVORG_URL))
        .apiVersion("64.0")
        .auth(new AuthSettings(AuthMethod.PASSWORD, DEVORG_CLIENT, null, DEVORG_USER,
            SecretRef.parse("env:" + DEVORG_PASSWORD_ENV), null, null))
        .build();
  }

  private static StoreConfig storeConfig(CommonOptions options, CliEnvironment process) throws CliUsageException {
    if (options.db != null) {
      if (!options.db.startsWith("jdbc:")) {
        throw new CliUsageException("--db: expected a JDBC URL such as jdbc:postgresql://host:5432/bellwether");
      }
      if (options.data != null) {
        throw new CliUsageException("--db and --data exclude each other: --data is for the embedded H2 store");
      }
      return StoreConfig.server(options.db, null, null);
    }
    try {
      return StoreConfig.embedded(DataDirectory.resolve(options.data, process.env(), process.workingDirectory())
          .path());
    } catch (StoreException e) {
      throw new CliUsageException(e.getMessage(), e);
    }
  }

  private static SalesforceConfig loadSalesforce(Path file) throws CliUsageException {
    try {
      return new SalesforceConfigLoader().load(file);
    } catch (ConfigException e) {
      throw new CliUsageException(String.join("\n", e.problems()), e);
    }
  }

  private static Mappings loadMappings(Path file) throws CliUsageException {
    try {
      return MappingsLoader.load(file);
    } catch (MappingsException e) {
      throw new CliUsageException(String.join("\n", e.problems()), e);
    }
  }

  private static ScoringConfigLoader.ScoringConfig loadScoring(Path file) throws CliUsageException {
    try {
      return ScoringConfigLoader.parse(file.toString(), Files.readString(file));
    } catch (ScoringConfigException e) {
      throw new CliUsageException(e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new CliUsageException("--config: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static CanvasSettings loadCanvas(Path file) throws CliUsageException {
    try {
      return CanvasConfigLoader.parse(file.toString(), Files.readString(file));
    } catch (CanvasConfigException e) {
      throw new CliUsageException(e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new CliUsageException("--config: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The Account panel and manager views, when the configuration has a {@code canvas:} section.
   *
   * @throws CliUsageException naming the key whose secret cannot be read
   */
  java.util.Optional<PanelEndpoints> panels(Store store, java.time.Clock clock) throws CliUsageException {
    if (canvas.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(PanelEndpoints.create(canvas.get(), crmEnvironment, store, clock));
    } catch (IllegalStateException e) {
      throw new CliUsageException(e.getMessage(), e);
    }
  }

  /** Whether the YAML file has a top-level key; syntax errors are left to the section loaders. */
  private static boolean hasSection(Path file, String key) throws CliUsageException {
    if (!Files.isRegularFile(file)) {
      throw new CliUsageException("--config: " + file + " is not a readable file");
    }
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      return root != null && root.isObject() && root.has(key);
    } catch (IOException e) {
      return true; // let the salesforce loader report the syntax error with its line
    }
  }
}
