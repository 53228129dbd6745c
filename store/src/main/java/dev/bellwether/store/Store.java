package dev.bellwether.store;

import dev.bellwether.store.conflicts.ConflictLog;
import dev.bellwether.store.conflicts.JdbcConflictLog;
import dev.bellwether.store.edits.CrmRecordFields;
import dev.bellwether.store.edits.JdbcLocalEditRepository;
import dev.bellwether.store.edits.LocalEditRepository;
import dev.bellwether.store.outbox.JdbcOutboxRepository;
import dev.bellwether.store.signals.Signals;
import dev.bellwether.store.scorecards.JdbcScorecardRepository;
import dev.bellwether.store.scorecards.ScorecardRepository;
import dev.bellwether.store.scoring.ScoringStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bellwether's open database: a connection pool, migrated to the current schema, with the
 * repositories over it. Close it to release the pool (and, for H2, the file lock).
 */
public final class Store implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Store.class);

  /** The longest TEXT value H2 keeps in its row (see {@link #keepRecordsInline}). */
  static final int H2_INLINE_TEXT_CHARS = 16_384;

  /** Where the migrations are; the same files serve H2 and PostgreSQL. */
  public static final String MIGRATIONS = "classpath:db/migration";

  private final HikariDataSource dataSource;
  private final SqlDialect dialect;
  private final String redactedUrl;
  private final Transactions transactions;
  private final JdbcRecordRepository records;
  private final JdbcWatermarkRepository watermarks;
  private final JdbcObjectStatusRepository objectStatus;
  private final JdbcOutboxRepository outbox;
  private final JdbcPageLog pageLog;
  private final JdbcConflictLog conflicts;
  private final JdbcLocalEditRepository localEdits;
  private final CrmRecordFields recordFields;
  private final Signals signals;
  private final JdbcScorecardRepository scorecards;
  private final ScoringStore scoring;

  private Store(HikariDataSource dataSource, SqlDialect dialect, String redactedUrl, Clock clock) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.redactedUrl = redactedUrl;
    this.transactions = new JdbcTransactions(dataSource);
    this.records = new JdbcRecordRepository(dataSource, dialect, new FieldsJson(), clock);
    this.outbox = new JdbcOutboxRepository(dataSource, new FieldsJson());
    this.watermarks = new JdbcWatermarkRepository(dataSource, dialect, clock);
    this.objectStatus = new JdbcObjectStatusRepository(dataSource, dialect);
    this.pageLog = new JdbcPageLog(dataSource, clock);
    this.scoring = ScoringStore.over(dataSource, dialect);
    this.conflicts = new JdbcConflictLog(dataSource);
    this.localEdits = new JdbcLocalEditRepository(dataSource, dialect, new FieldsJson());
    this.recordFields = new CrmRecordFields(new FieldsJson(), clock);
    this.signals = Signals.over(dataSource);
    this.scorecards = new JdbcScorecardRepository(dataSource, dialect, clock);
  }

  /** Opens the store with the system clock. */
  public static Store open(StoreConfig config, Map<String, String> env) {
    return open(config, env, Clock.systemUTC());
  }

  /**
   * Opens the pool and migrates the schema.
   *
   * @param env the process environment, for {@code env:NAME} password references
   * @param clock stamps {@code updated_at} columns
   * @throws StoreException when the URL is unsupported, the server cannot be reached or the
   *     migrations fail; the message names the URL with any password masked
   */
  public static Store open(StoreConfig config, Map<String, String> env, Clock clock) {
    String url = config.effectiveUrl();
    String shownUrl = config.redactedUrl();
    SqlDialect dialect = SqlDialect.fromUrl(url);
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    hikari.setUsername(config.user());
    hikari.setPassword(PasswordReference.resolve(config.passwordReference(), env));
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setPoolName("bellwether-store");
    hikari.setConnectionTimeout(10_000);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(hikari);
    } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StoreException("Cannot connect to database " + shownUrl + ": "
          + StoreConfig.redact(cause.getMessage()), e);
    } catch (RuntimeException e) {
      throw new StoreException("Cannot open database " + shownUrl + ": " + StoreConfig.redact(e.getMessage()), e);
    }
    try {
      MigrateResult result = Flyway.configure()
          .dataSource(dataSource)
          .locations(MIGRATIONS)
          .load()
          .migrate();
      LOG.info("Store {} ({}) at schema version {} ({} migrations applied now)", shownUrl, dialect,
          result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      dataSource.close();
      throw new StoreException("Migrating database " + shownUrl + " failed: " + StoreConfig.redact(e.getMessage()), e);
    }
    if (dialect == SqlDialect.H2) {
      keepRecordsInline(dataSource, shownUrl);
    }
    return new Store(dataSource, dialect, shownUrl, clock);
  }

  /**
   * H2 keeps TEXT values over 256 characters apart from their row, and a record's fields are a
   * kilobyte of JSON: reading a million records then costs a million extra lookups (scoring's read of
   * the book took twice as long). Values up to 16 KB now stay in the row; the setting is the
   * database's own and applies to what is written from now on.
   */
  private static void keepRecordsInline(DataSource dataSource, String shownUrl) {
    try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("SET MAX_LENGTH_INPLACE_LOB " + H2_INLINE_TEXT_CHARS);
    } catch (java.sql.SQLException e) {
      throw new StoreException("Setting up database " + shownUrl + " failed: " + StoreConfig.redact(e.getMessage()), e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public SqlDialect dialect() {
    return dialect;
  }

  /** The JDBC URL with any password masked, for logs and status output. */
  public String describe() {
    return redactedUrl;
  }

  public Transactions transactions() {
    return transactions;
  }

  /** The outbox of changes waiting to be written to the CRM. */
  public JdbcOutboxRepository outbox() {
    return outbox;
  }

  public JdbcRecordRepository records() {
    return records;
  }

  public JdbcWatermarkRepository watermarks() {
    return watermarks;
  }

  /** Decided conflicts on fields owned by both sides. */
  public ConflictLog conflicts() {
    return conflicts;
  }

  /** The values Bellwether set on CRM records, kept across inbound upserts until confirmed. */
  public LocalEditRepository localEdits() {
    return localEdits;
  }

  /** Stored CRM records' field values as local edits read, lock and rewrite them. */
  public CrmRecordFields recordFields() {
    return recordFields;
  }

  /** Each org's health scorecards YAML, as the admin API saved it. */
  public ScorecardRepository scorecards() {
    return scorecards;
  }

  /** Which instance applied which inbound page. */
  public PageLog pageLog() {
    return pageLog;
  }

  /** Outside signals: usage, survey answers and invoices, written by ingest and read by scoring. */
  public Signals signals() {
    return signals;
  }

  public ObjectStatusRepository objectStatus() {
    return objectStatus;
  }

  /** Health snapshots, overrides, churn risk and models, scoring runs. */
  public ScoringStore scoring() {
    return scoring;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
