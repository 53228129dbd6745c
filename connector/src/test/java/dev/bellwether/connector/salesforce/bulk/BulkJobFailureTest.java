package dev.bellwether.connector.salesforce.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.CrmRecord;
import dev.bellwether.connector.WriteBatch;
import dev.bellwether.connector.WriteResult;
import dev.bellwether.connector.salesforce.call.ApiCall;
import dev.bellwether.connector.salesforce.call.CallGuard;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk jobs that end Failed: a query gives up, an ingest that wrote nothing is run again. */
class BulkJobFailureTest {
  static BulkFixture fx;

  @BeforeAll
  static void start() {
    fx = BulkFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @BeforeEach
  void clean() {
    fx.devorg.faults("");
    fx.guard.reset();
  }

  private static List<CrmRecord> accounts(String prefix, int n) {
    List<CrmRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(CrmRecord.of("Account", Map.of("Name", prefix + i)));
    }
    return records;
  }

  @Test
  void aFailedQueryJobIsAJobFailureNamingTheJobAndSalesforcesMessage() {
    fx.devorg.faults("bulk-fail=1");
    try (BulkQuerySource source = new BulkQuerySource(fx.rest, "SELECT Id FROM Account", false,
        BulkFixture.accountSchema(), Namespace.NONE, 2_000, 50_000, BulkFixture.FAST)) {
      CrmException e = assertThrows(CrmException.class, source::nextPage);
      assertEquals(CrmException.Kind.JOB_FAILED, e.kind());
      assertEquals("Failed", e.code());
      assertTrue(e.getMessage().contains(source.jobId()), e.getMessage());
      assertTrue(e.getMessage().contains("InternalServerError"), e.getMessage());
    }
  }

  @Test
  void anIngestJobThatKeepsFailingBeforeWritingIsResubmittedThreeTimesThenReported() {
    fx.devorg.faults("bulk-fail=1");
    BulkIngestWriter writer = new BulkIngestWriter(fx.rest, Namespace.NONE, BulkFixture.FAST);
    CrmException e = assertThrows(CrmException.class,
        () -> writer.write(WriteBatch.insert("Account", accounts("Never ", 5)), BulkFixture.accountSchema()));
    assertEquals(CrmException.Kind.JOB_FAILED, e.kind());
    assertEquals("Failed", e.code());
    assertEquals(4, fx.guard.count("create bulk ingest job"), "the first job and three resubmissions");
    assertEquals(4, fx.guard.count("upload bulk ingest data"), "each new job got the rows again");
    assertTrue(e.getMessage().contains("the last of 4 jobs"), e.getMessage());
    assertTrue(e.getMessage().contains("InternalServerError"), e.getMessage());
  }

  @Test
  void anIngestWhoseJobsSometimesFailBeforeWritingSucceedsByResubmitting() throws Exception {
    fx.devorg.faults("bulk-fail=0.5");
    BulkIngestWriter writer = new BulkIngestWriter(fx.rest, Namespace.NONE,
        new IngestOptions(BulkFixture.FAST, IngestOptions.MAX_UPLOAD_BYTES, 12));
    for (int round = 0; round < 8; round++) {
      List<WriteResult> results = writer.write(WriteBatch.insert("Account", accounts("Flaky " + round + "-", 10)),
          BulkFixture.accountSchema());
      for (int i = 0; i < 10; i++) {
        assertTrue(results.get(i).success(), results.get(i).toString());
        assertEquals("Flaky " + round + "-" + i, fx.stored(results.get(i).id(), "Name"));
      }
    }
    assertTrue(fx.guard.count("create bulk ingest job") > 8, "some of the eight writes needed a second job");
  }

  @Test
  void aJobRejectingItsDataIsNotResubmitted() {
    BulkIngestWriter writer = new BulkIngestWriter(fx.rest, Namespace.NONE, BulkFixture.FAST);
    CrmException e = assertThrows(CrmException.class, () -> writer.write(WriteBatch.insert("Account",
        List.of(CrmRecord.of("Account", Map.of("Name", "x", "No_Such_Field__c", "y")))), BulkFixture.accountSchema()));
    assertEquals(CrmException.Kind.JOB_FAILED, e.kind());
    assertTrue(e.getMessage().contains("No_Such_Field__c"), e.getMessage());
    assertEquals(1, fx.guard.count("create bulk ingest job"));
  }

  @Test
  void aRetriedCloseWhoseFirstTryWentThroughDoesNotFailTheWrite() throws Exception {
    CallGuard closesTwice = new CallGuard() {
      @Override
      public <T> T call(String what, String object, ApiCall<T> call) throws CrmException {
        if (what.startsWith("close bulk ingest job")) {
          fx.guard.call(what, object, call); // went through, but "the answer was lost"
        }
        return fx.guard.call(what, object, call);
      }
    };
    try (RestTransport rest = fx.transport(closesTwice)) {
      BulkIngestWriter writer = new BulkIngestWriter(rest, Namespace.NONE, BulkFixture.FAST);
      List<WriteResult> results = writer.write(WriteBatch.insert("Account", accounts("Closed twice ", 3)),
          BulkFixture.accountSchema());
      results.forEach(r -> assertTrue(r.success(), r.toString()));
      assertEquals(2, fx.guard.count("close bulk ingest job"), "the second close was refused");
      assertEquals(0, fx.guard.count("abort bulk ingest job"));
    }
  }
}
