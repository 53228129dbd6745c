package dev.bellwether.connector.salesforce.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bellwether.yamlconfig.KeyLines;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads the {@code salesforce:} section of Bellwether's YAML file (other top-level keys belong to
 * other parts and are skipped) and validates all of it at once: every problem is reported with
 * file, line and full key, and secrets may only be referenced (env:NAME, file:PATH), never written.
 */
public final class SalesforceConfigLoader {
  private static final String S = ConfigKeys.ROOT;
  private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,14}");
  private final YAMLFactory yaml = new YAMLFactory();
  private final ObjectMapper mapper = new ObjectMapper(yaml);

  /** Reads and validates a file; relative {@code file:} secret paths are taken from its folder. */
  public SalesforceConfig load(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(List.of(file + ": cannot read the configuration file ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(file.toString(), text, dir == null ? Path.of("") : dir);
  }

  /**
   * Validates YAML text; {@code name} stands for the file in messages and {@code baseDir} anchors
   * relative {@code file:} secret paths.
   */
  public SalesforceConfig parse(String name, String text, Path baseDir) throws ConfigException {
    KeyLines lines;
    JsonNode root;
    try (JsonParser parser = yaml.createParser(text)) {
      lines = KeyLines.read(parser);
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ConfigException(List.of(syntaxError(name, e)));
    } catch (IOException e) {
      throw new ConfigException(List.of(name + ": cannot read the configuration (" + e.getMessage() + ")"));
    }
    ConfigProblems problems = new ConfigProblems(name, lines);
    for (KeyLines.Duplicate d : lines.duplicates()) {
      boolean sameSpelling = d.path().endsWith("." + d.firstSpelling()) || d.path().equals(d.firstSpelling());
      // Config keys are matched exactly: another spelling is reported as an unknown key instead.
      if (sameSpelling && (d.path().equals(S) || d.path().startsWith(S + "."))) {
        problems.addAt(d.line(), d.path(), "is written twice (first at line " + d.firstLine() + ")");
      }
    }
    YamlValues values = new YamlValues(root, problems, baseDir);
    if (root == null || !root.isObject() || !root.has(S)) {
      problems.addAt(1, S, "section is missing: the file has no Salesforce connector settings");
      problems.throwIfAny();
    }
    if (!values.isSet(S)) {
      problems.add(S, "section is empty: at least the auth settings are required");
      problems.throwIfAny();
    }
    if (!values.mapping(S)) {
      problems.throwIfAny();
    }
    ConfigKeys.checkUnknown(values, problems);
    SalesforceConfig config = read(values, problems);
    problems.throwIfAny();
    return config;
  }

  /**
   * "FILE:LINE: invalid YAML: what". SnakeYAML's own problem and mark are preferred: Jackson's
   * message quotes the offending lines of the file, and those may hold a pasted secret.
   */
  private static String syntaxError(String name, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m && m.getProblem() != null) {
        int line = m.getProblemMark() == null ? 1 : m.getProblemMark().getLine() + 1;
        return name + ":" + line + ": invalid YAML: " + m.getProblem();
      }
    }
    JsonLocation at = e.getLocation();
    int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().split("\\R", 2)[0];
    return name + ":" + line + ": invalid YAML: " + why;
  }

  private static SalesforceConfig read(YamlValues v, ConfigProblems problems) {
    URI loginUrl = v.url(S + ".loginUrl", SalesforceConfig.DEFAULT_LOGIN_URL);
    URI instanceUrl = v.url(S + ".instanceUrl", null);
    String apiVersion = apiVersion(v, problems);
    String namespace = namespace(v, problems);
    AuthSettings auth = AuthSettingsReader.read(v, problems, apiVersion, loginUrl);
    BudgetSettings budget = BudgetSettings.DEFAULT;
    if (v.mapping(S + ".budget")) {
      budget = new BudgetSettings(
          v.decimal(S + ".budget.share", budget.share(), d -> d > 0 && d <= 1, "greater than 0 and at most 1"),
          v.integer(S + ".budget.maxConcurrent", budget.maxConcurrent(), 1, 25));
    }
    RetrySettings retry = v.mapping(S + ".retry") ? retry(v, problems) : RetrySettings.DEFAULT;
    Duration connect = SalesforceConfig.DEFAULT_CONNECT_TIMEOUT;
    Duration read = SalesforceConfig.DEFAULT_READ_TIMEOUT;
    if (v.mapping(S + ".timeouts")) {
      connect = v.duration(S + ".timeouts.connect", connect);
      read = v.duration(S + ".timeouts.read", read);
    }
    int bulkThreshold = v.integer(S + ".bulkThreshold", SalesforceConfig.DEFAULT_BULK_THRESHOLD, 1,
        Integer.MAX_VALUE);
    Duration describeTtl = v.duration(S + ".describeTtl", SalesforceConfig.DEFAULT_DESCRIBE_TTL);
    return new SalesforceConfig(instanceUrl, loginUrl, apiVersion, auth, namespace, budget, retry, connect,
        read, bulkThreshold, describeTtl);
  }

  private static String apiVersion(YamlValues v, ConfigProblems problems) {
    String text = v.text(S + ".apiVersion");
    if (text == null) {
      return SalesforceConfig.DEFAULT_API_VERSION;
    }
    if (!ApiVersions.isSupported(text)) {
      problems.add(S + ".apiVersion", "must be an API version like 64.0, from " + ApiVersions.OLDEST_MAJOR
          + ".0 on (was " + YamlValues.shown(text) + ")");
      return SalesforceConfig.DEFAULT_API_VERSION;
    }
    return text.trim();
  }

  private static String namespace(YamlValues v, ConfigProblems problems) {
    String text = v.text(S + ".namespace");
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (!NAMESPACE.matcher(text).matches()) {
      String hint = text.contains("__") ? "write the prefix without '__'" : "must be 1 to 15 letters or digits"
          + " starting with a letter";
      problems.add(S + ".namespace", hint + ", e.g. bw (was " + YamlValues.shown(text) + ")");
      return "";
    }
    return text;
  }

  private static RetrySettings retry(YamlValues v, ConfigProblems problems) {
    RetrySettings d = RetrySettings.DEFAULT;
    String r = S + ".retry";
    int maxAttempts = v.integer(r + ".maxAttempts", d.maxAttempts(), 1, 100);
    Duration initial = v.duration(r + ".initialBackoff", d.initialBackoff());
    Duration max = v.duration(r + ".maxBackoff", d.maxBackoff());
    double jitter = v.decimal(r + ".jitter", d.jitter(), j -> j >= 0 && j <= 1, "from 0 to 1");
    Duration limit = v.duration(r + ".limitBackoff", d.limitBackoff());
    if (max.compareTo(initial) < 0) {
      problems.add(v.isSet(r + ".maxBackoff") ? r + ".maxBackoff" : r + ".initialBackoff",
          "maxBackoff must not be shorter than initialBackoff (" + YamlValues.shown(max) + " < "
              + YamlValues.shown(initial) + ")");
    }
    return new RetrySettings(maxAttempts, initial, max, jitter, limit);
  }
}
