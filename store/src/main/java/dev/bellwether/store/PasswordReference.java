package dev.bellwether.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Turns a password reference ({@code env:NAME} or {@code file:PATH}) into the password. */
final class PasswordReference {

  private PasswordReference() {
  }

  /** The password, or null when the reference is null; errors name the reference's target only. */
  static String resolve(String reference, Map<String, String> env) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    if (reference.startsWith("env:")) {
      String name = reference.substring(4);
      String value = env.get(name);
      if (value == null) {
        throw new StoreException("Database password reference env:" + name + ": environment variable "
            + name + " is not set");
      }
      return value;
    }
    if (reference.startsWith("file:")) {
      Path file = Path.of(reference.substring(5));
      try {
        return Files.readString(file).strip();
      } catch (IOException e) {
        throw new StoreException("Database password reference file:" + file + " cannot be read: " + e, e);
      }
    }
    // The value itself is not echoed: someone may have put the password here by mistake.
    throw new StoreException("Database password reference must be env:NAME or file:PATH (value not shown)");
  }
}
