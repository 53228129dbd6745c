package dev.bellwether.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the database: a JDBC URL (PostgreSQL), or none for the embedded H2 file in the data
 * directory.
 *
 * @param jdbcUrl the JDBC URL, or null for embedded H2 in {@code dataDirectory}
 * @param dataDirectory where the embedded H2 file lives (used only when {@code jdbcUrl} is null)
 * @param user the database user, or null to take it from the URL
 * @param passwordReference where the password is found ({@code env:NAME} or {@code file:PATH}), or
 *     null for none; never the password itself, so configuration files hold no secrets
 * @param poolSize the most connections the pool opens
 */
public record StoreConfig(String jdbcUrl, Path dataDirectory, String user, String passwordReference,
    int poolSize) {

  /** Pool size when none is configured: enough for a sync job, the scheduler and the HTTP API. */
  public static final int DEFAULT_POOL_SIZE = 8;

  private static final Pattern URL_SECRET = Pattern.compile("(?i)(password=)[^&;]*");

  public StoreConfig {
    if (jdbcUrl == null) {
      Objects.requireNonNull(dataDirectory, "dataDirectory is required when no JDBC URL is given");
    }
    if (poolSize < 1) {
      throw new StoreException("Database pool size must be at least 1, was " + poolSize);
    }
  }

  /** The embedded H2 database in a data directory. */
  public static StoreConfig embedded(Path dataDirectory) {
    return new StoreConfig(null, dataDirectory, null, null, DEFAULT_POOL_SIZE);
  }

  /** A server database by JDBC URL. */
  public static StoreConfig server(String jdbcUrl, String user, String passwordReference) {
    return new StoreConfig(jdbcUrl, null, user, passwordReference, DEFAULT_POOL_SIZE);
  }

  /** The same configuration with another pool size. */
  public StoreConfig withPoolSize(int size) {
    return new StoreConfig(jdbcUrl, dataDirectory, user, passwordReference, size);
  }

  /** The JDBC URL actually used: the given one, or the embedded H2 file's. */
  public String effectiveUrl() {
    if (jdbcUrl != null) {
      return jdbcUrl;
    }
    // PostgreSQL mode and lower-case names let one set of migrations and queries serve both databases.
    return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("bellwether")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /** The URL safe to print: any {@code password=} value in it is masked. */
  public String redactedUrl() {
    return redact(effectiveUrl());
  }

  /** Masks {@code password=} values in a JDBC URL or message. */
  static String redact(String text) {
    return text == null ? null : URL_SECRET.matcher(text).replaceAll("$1***");
  }

  @Override
  public String toString() {
    return "StoreConfig[url=" + redactedUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
  }
}
