package dev.bellwether.store.testing;

import dev.bellwether.store.Store;
import dev.bellwether.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh, empty database for one test: an H2 file in a temporary directory, or a new PostgreSQL
 * database {@code bw_test_<random>} on the server at {@code bw.pg.url} / {@code BW_PG_URL}. Created
 * on first use, so a test that is skipped never touches PostgreSQL; dropped on {@link #close()}.
 * When PostgreSQL does not answer, the test is aborted (reported as skipped) with the URL in the
 * message and a WARN line, never passed silently.
 */
public final class TestDatabase implements AutoCloseable {

  /** The system property naming the PostgreSQL server's admin URL. */
  public static final String PG_URL_PROPERTY = "bw.pg.url";
  /** The environment variable naming the PostgreSQL server's admin URL. */
  public static final String PG_URL_ENV = "BW_PG_URL";
  /** The admin URL used when neither is set. */
  public static final String PG_URL_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);

  /** Which kind of database. */
  public enum Kind {
    /** H2 in a file, as the embedded default. */
    H2,
    /** A PostgreSQL server. */
    POSTGRESQL
  }

  private final Kind kind;
  private Path tempDir;
  private String pgDatabase;
  private String pgAdminUrl;
  private StoreConfig config;
  private Store store;

  private TestDatabase(Kind kind) {
    this(kind, null);
  }

  private TestDatabase(Kind kind, String pgAdminUrl) {
    this.kind = kind;
    this.pgAdminUrl = pgAdminUrl;
  }

  /** A fresh H2 file database (created on first use). */
  public static TestDatabase h2() {
    return new TestDatabase(Kind.H2);
  }

  /** A fresh PostgreSQL database (created on first use; the test is skipped loudly if no server answers). */
  public static TestDatabase postgres() {
    return new TestDatabase(Kind.POSTGRESQL);
  }

  /** A fresh PostgreSQL database on the server at an explicit admin URL. */
  public static TestDatabase postgres(String adminUrl) {
    return new TestDatabase(Kind.POSTGRESQL, adminUrl);
  }

  /** A fresh database of a kind. */
  public static TestDatabase of(Kind kind) {
    return kind == Kind.H2 ? h2() : postgres();
  }

  public Kind kind() {
    return kind;
  }

  /** The configuration that opens this database, creating it on first call. */
  public StoreConfig config() {
    if (config == null) {
      config = kind == Kind.H2 ? createH2() : createPostgres();
    }
    return config;
  }

  /** The open, migrated store over this database (opened on first call, then the same one). */
  public Store store() {
    if (store == null) {
      store = Store.open(config(), Map.of(), Clock.systemUTC());
    }
    return store;
  }

  /** Closes the current store and opens a new one on the same data, as a restarted process would. */
  public Store reopen() {
    if (store != null) {
      store.close();
      store = null;
    }
    return store();
  }

  /** Opens an additional, independent store on the same database (like a second service instance). */
  public Store openAnother() {
    return Store.open(config(), Map.of(), Clock.systemUTC());
  }

  @Override
  public void close() throws Exception {
    if (store != null) {
      store.close();
      store = null;
    }
    if (pgDatabase != null) {
      dropPostgres();
    }
    if (tempDir != null) {
      deleteRecursively(tempDir);
    }
  }

  @Override
  public String toString() {
    return kind == Kind.H2 ? "H2" : "PostgreSQL";
  }

  private StoreConfig createH2() {
    try {
      tempDir = Files.createTempDirectory("bw-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return StoreConfig.embedded(tempDir).withPoolSize(4);
  }

  private StoreConfig createPostgres() {
    if (pgAdminUrl == null) {
      pgAdminUrl = adminUrl();
    }
    String name = "bw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = connectAdmin(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      String message = "PostgreSQL not available at " + pgAdminUrl + " (set -D" + PG_URL_PROPERTY + " or "
          + PG_URL_ENV + "): " + e.getMessage() + "; PostgreSQL case SKIPPED";
      LOG.warn(message);
      Assumptions.abort(message);
    }
    pgDatabase = name;
    return StoreConfig.server(withDatabase(pgAdminUrl, name), null, null).withPoolSize(4);
  }

  private Connection connectAdmin() throws SQLException {
    DriverManager.setLoginTimeout(5);
    return DriverManager.getConnection(pgAdminUrl);
  }

  private void dropPostgres() throws SQLException {
    try (Connection c = connectAdmin(); Statement st = c.createStatement()) {
      // FORCE ends connections a test forgot to close, so the drop never waits (PostgreSQL 13+).
      st.execute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
    }
    pgDatabase = null;
  }

  private static String adminUrl() {
    String url = System.getProperty(PG_URL_PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(PG_URL_ENV);
    }
    return url == null || url.isBlank() ? PG_URL_DEFAULT : url;
  }

  /** The admin URL with its database name replaced: jdbc:postgresql://host:port/DB?params. */
  static String withDatabase(String adminUrl, String database) {
    String prefix = "jdbc:postgresql://";
    if (!adminUrl.startsWith(prefix)) {
      throw new IllegalArgumentException("Not a PostgreSQL URL: " + adminUrl);
    }
    String rest = adminUrl.substring(prefix.length());
    int query = rest.indexOf('?');
    String params = query < 0 ? "" : rest.substring(query);
    String hostAndPath = query < 0 ? rest : rest.substring(0, query);
    int slash = hostAndPath.indexOf('/');
    String host = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
    return prefix + host + "/" + database + params;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
