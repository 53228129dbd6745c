package dev.bellwether.devorg.soql;

import dev.bellwether.devorg.store.OrgStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Runs SOQL against one org's store. Stateless between calls and safe to share across threads:
 * each execution gets its own parent cache and its own "today".
 */
public final class SoqlEngine {
  private final OrgStore store;
  private final Clock clock;
  private final ZoneId orgTimeZone;

  /**
   * @param clock the time date literals (TODAY, LAST_N_DAYS:n ...) are relative to
   * @param orgTimeZone the zone those days are reckoned in, and the zone of convertTimezone()
   */
  public SoqlEngine(OrgStore store, Clock clock, ZoneId orgTimeZone) {
    this.store = store;
    this.clock = clock;
    this.orgTimeZone = orgTimeZone;
  }

  /** Runs a query; includeDeleted = queryAll semantics (IsDeleted rows included). */
  public SoqlResult execute(String soql, boolean includeDeleted) throws SoqlException {
    return execute(parse(soql), includeDeleted);
  }

  /** Runs a query parsed earlier by this engine (a Bulk job parses on create, runs later). */
  public SoqlResult execute(SoqlQuery query, boolean includeDeleted) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), orgTimeZone);
    return new QueryExecution(store, today, orgTimeZone, includeDeleted).run(query.plan());
  }

  /** Syntax and schema validation only; reads no data. */
  public SoqlQuery parse(String soql) throws SoqlException {
    String text = soql == null ? "" : soql;
    QueryErrors errors = new QueryErrors(text);
    Ast.Select ast = new Parser(text, errors).parseQuery();
    return new SoqlQuery(text, new QueryPlanner(store.schema(), orgTimeZone, errors).plan(ast));
  }
}
