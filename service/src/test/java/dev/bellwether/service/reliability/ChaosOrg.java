package dev.bellwether.service.reliability;

import dev.bellwether.connector.testing.TestDevOrg;
import dev.bellwether.devorg.DevOrgOptions;
import dev.bellwether.devorg.schema.ObjectDef;
import dev.bellwether.devorg.store.StoredRecord;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The devorg the suite runs against, in this JVM: the demo book of business seeded an hour in the
 * past (so polls read only what changes during the suite), faults switched through devorg's admin
 * API, and its record store read directly when the harness needs ids to edit.
 */
final class ChaosOrg implements AutoCloseable {
  /** Accounts in the demo seed: about 15,000 records over seven objects, most of several pages. */
  static final int ACCOUNTS = 700;
  /** The faults of issue 4: 10% of calls answered 503, 5% of record writes row-locked, sessions that expire. */
  static final String FAULTS = "transient=0.1,lock=0.05,session-ttl=3s";
  /** Faults off; the session TTL is named because an empty spec keeps the shortened one. */
  static final String NO_FAULTS = "session-ttl=2h";
  private static final Duration SEED_AGE = Duration.ofHours(1);

  private final ShiftedClock clock;
  private final TestDevOrg devorg;
  private final DevorgRest admin;

  private ChaosOrg(ShiftedClock clock, TestDevOrg devorg) {
    this.clock = clock;
    this.devorg = devorg;
    this.admin = new DevorgRest(devorg.url());
  }

  /** Starts devorg with the demo seed of this number, written an hour ago. */
  static ChaosOrg start(long seedNumber) {
    ShiftedClock clock = new ShiftedClock(SEED_AGE.negated());
    TestDevOrg devorg = TestDevOrg.start(DevOrgOptions.builder().seed("demo").accounts(ACCOUNTS)
        .seedNumber(seedNumber).clock(clock));
    clock.advance(SEED_AGE);
    return new ChaosOrg(clock, devorg);
  }

  URI url() {
    return devorg.url();
  }

  String orgId() {
    return devorg.org().id();
  }

  TestDevOrg testDevOrg() {
    return devorg;
  }

  void faultsOn() {
    admin.putFaults(FAULTS);
  }

  void faultsOff() {
    admin.putFaults(NO_FAULTS);
  }

  /** Moves the org's clock forward, as if this much time passed. */
  void advanceClock(Duration d) {
    clock.advance(d);
  }

  /** Ids of the live records of an object, read from devorg's store. */
  List<String> liveIds(String object) {
    ObjectDef type = devorg.org().schema().object(object).orElseThrow();
    return devorg.org().store().scan(type, false).stream().map(StoredRecord::id).toList();
  }

  /** Those of the fields that devorg's object has, in the order given. */
  List<String> fieldsPresent(String object, List<String> fields) {
    ObjectDef type = devorg.org().schema().object(object).orElseThrow();
    return fields.stream().filter(f -> type.field(f).isPresent()).toList();
  }

  /** How many live records an object has. */
  int count(String object) {
    return devorg.org().schema().object(object).map(type -> devorg.org().store().count(type)).orElse(0);
  }

  @Override
  public void close() {
    devorg.close();
  }
}
