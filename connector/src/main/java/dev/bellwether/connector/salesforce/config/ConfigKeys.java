package dev.bellwether.connector.salesforce.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bellwether.yamlconfig.ClosestName;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys the {@code salesforce:} section may hold, and the check that refuses any other with a
 * "did you mean" when a known key is close (a typo must not silently fall back to a default).
 */
final class ConfigKeys {
  static final String ROOT = "salesforce";
  private static final Map<String, List<String>> KNOWN = known();

  private ConfigKeys() {
  }

  private static Map<String, List<String>> known() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(ROOT, List.of("loginUrl", "instanceUrl", "apiVersion", "namespace", "auth", "budget", "retry",
        "timeouts", "bulkThreshold", "describeTtl"));
    m.put(ROOT + ".auth", List.of("method", "clientId", "clientSecret", "username", "password", "privateKey",
        "refreshToken"));
    m.put(ROOT + ".budget", List.of("share", "maxConcurrent"));
    m.put(ROOT + ".retry", List.of("maxAttempts", "initialBackoff", "maxBackoff", "jitter", "limitBackoff"));
    m.put(ROOT + ".timeouts", List.of("connect", "read"));
    return Collections.unmodifiableMap(m);
  }

  /** Reports every key under a known mapping that is not one of its known keys. */
  static void checkUnknown(YamlValues values, ConfigProblems problems) {
    KNOWN.forEach((section, keys) -> {
      JsonNode node = values.node(section);
      if (node == null || !node.isObject()) {
        return;
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!keys.contains(name)) {
          problems.add(section + "." + name, suggestion(name, keys)
              .map(s -> "unknown key; did you mean '" + s + "'?")
              .orElse("unknown key (known here: " + String.join(", ", keys) + ")"));
        }
      }
    });
  }

  /** The known key closest to {@code name}, when close enough to be a likely typo. */
  static Optional<String> suggestion(String name, List<String> known) {
    return ClosestName.to(name, known);
  }
}
