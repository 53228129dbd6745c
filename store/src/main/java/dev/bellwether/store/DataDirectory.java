package dev.bellwether.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Bellwether keeps its embedded database: {@code --data DIR} if given, else the environment
 * variable {@code BELLWETHER_DATA}, else {@code ./.bellwether/}.
 *
 * @param path the directory, absolute and existing
 * @param source where the value came from, for messages (e.g. "--data", "BELLWETHER_DATA")
 */
public record DataDirectory(Path path, String source) {

  /** The environment variable consulted when no {@code --data} is given. */
  public static final String ENV_VARIABLE = "BELLWETHER_DATA";

  /** The directory used when neither {@code --data} nor the variable is set, relative to the working directory. */
  public static final String DEFAULT_NAME = ".bellwether";

  /**
   * Resolves and creates the data directory.
   *
   * @param explicit the {@code --data} value, or null when not given
   * @param env the process environment
   * @param workingDirectory what relative paths are resolved against
   * @throws StoreException when the directory cannot be created or written, naming it and its source
   */
  public static DataDirectory resolve(String explicit, Map<String, String> env, Path workingDirectory) {
    String value;
    String source;
    if (explicit != null && !explicit.isBlank()) {
      value = explicit;
      source = "--data";
    } else if (env.get(ENV_VARIABLE) != null && !env.get(ENV_VARIABLE).isBlank()) {
      value = env.get(ENV_VARIABLE);
      source = "environment variable " + ENV_VARIABLE;
    } else {
      value = DEFAULT_NAME;
      source = "default ./" + DEFAULT_NAME;
    }
    Path dir;
    try {
      dir = workingDirectory.resolve(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new StoreException("Data directory '" + value + "' (from " + source + ") is not a valid path: "
          + e.getMessage(), e);
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("Data directory " + dir + " (from " + source + ") cannot be created: " + e, e);
    }
    if (!Files.isDirectory(dir)) {
      throw new StoreException("Data directory " + dir + " (from " + source + ") is not a directory");
    }
    if (!Files.isWritable(dir)) {
      throw new StoreException("Data directory " + dir + " (from " + source + ") is not writable");
    }
    return new DataDirectory(dir, source);
  }

  /** The H2 database file base name inside this directory (H2 adds ".mv.db"). */
  public Path databaseFile() {
    return path.resolve("bellwether");
  }
}
