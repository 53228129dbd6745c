package dev.bellwether.devorg.metadata.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.devorg.metadata.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deploy's DeployOptions. devorg acts on checkOnly (validate, install nothing) and
 * rollbackOnError (any failure installs nothing); the rest is echoed back. Defaults are the
 * Metadata API's: every flag false.
 */
public record DeployOptions(boolean checkOnly, boolean rollbackOnError, boolean singlePackage,
    boolean ignoreWarnings, boolean purgeOnDelete, boolean allowMissingFiles, String testLevel,
    List<String> runTests) {

  public DeployOptions {
    runTests = List.copyOf(runTests);
  }

  /** From the SOAP deploy call's {@code <DeployOptions>}; null gives the defaults. */
  public static DeployOptions fromSoap(XmlElement options) {
    if (options == null) {
      return new DeployOptions(false, false, false, false, false, false, null, List.of());
    }
    List<String> tests = new ArrayList<>();
    options.children("runTests").forEach(t -> tests.add(t.text()));
    return new DeployOptions(flag(options, "checkOnly"), flag(options, "rollbackOnError"),
        flag(options, "singlePackage"), flag(options, "ignoreWarnings"),
        flag(options, "purgeOnDelete"), flag(options, "allowMissingFiles"),
        options.text("testLevel").orElse(null), tests);
  }

  /** From the REST deployRequest's {"deployOptions": {...}}; a missing node gives the defaults. */
  public static DeployOptions fromJson(JsonNode options) {
    List<String> tests = new ArrayList<>();
    options.path("runTests").forEach(t -> tests.add(t.asText()));
    return new DeployOptions(options.path("checkOnly").asBoolean(false),
        options.path("rollbackOnError").asBoolean(false),
        options.path("singlePackage").asBoolean(false),
        options.path("ignoreWarnings").asBoolean(false),
        options.path("purgeOnDelete").asBoolean(false),
        options.path("allowMissingFiles").asBoolean(false),
        options.path("testLevel").isTextual() ? options.path("testLevel").asText() : null, tests);
  }

  /** The options as the REST API echoes them. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("allowMissingFiles", allowMissingFiles);
    m.put("autoUpdatePackage", false);
    m.put("checkOnly", checkOnly);
    m.put("ignoreWarnings", ignoreWarnings);
    m.put("performRetrieve", false);
    m.put("purgeOnDelete", purgeOnDelete);
    m.put("rollbackOnError", rollbackOnError);
    m.put("runTests", runTests);
    m.put("singlePackage", singlePackage);
    m.put("testLevel", testLevel);
    return m;
  }

  private static boolean flag(XmlElement options, String name) {
    return options.text(name).map("true"::equals).orElse(false);
  }
}
