package dev.bellwether.connector.salesforce.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a secret lives: {@code env:NAME} (an environment variable) or {@code file:PATH} (a file's
 * content, trailing newline trimmed). Secrets are never written in configuration files.
 *
 * @param source "env" or "file"
 * @param name the variable name or file path
 */
public record SecretRef(String source, String name) {

  /** Parses "env:NAME" or "file:PATH"; anything else is refused so a pasted secret never sticks. */
  public static SecretRef parse(String text) {
    if (text != null && text.startsWith("env:") && text.length() > 4) {
      return new SecretRef("env", text.substring(4));
    }
    if (text != null && text.startsWith("file:") && text.length() > 5) {
      return new SecretRef("file", text.substring(5));
    }
    throw new IllegalArgumentException("must be a reference like env:NAME or file:/path, not a literal secret");
  }

  /** Reads the secret; the message names the reference, never the value. */
  public String resolve(Map<String, String> environment) {
    if (source.equals("env")) {
      String v = environment.get(name);
      if (v == null || v.isEmpty()) {
        throw new IllegalStateException("environment variable " + name + " is not set");
      }
      return v;
    }
    try {
      return Files.readString(Path.of(name), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read secret file " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return source + ":" + name;
  }
}
