package dev.bellwether.devorg.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small pieces, each against values worked out by hand. */
class SeedBuildingBlocksTest {
  private static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);

  @Test
  void healthDeclinesAlongASmoothstepFromBaselineToFloor() {
    HealthCurve curve = HealthCurve.declining(0.8, DAY0, DAY0.plusDays(100), 0.2);
    assertEquals(0.8, curve.at(DAY0), 1e-9);
    // t = 0.25: smoothstep 0.25² × (3 − 0.5) = 0.15625; 0.8 − 0.6 × 0.15625 = 0.70625.
    assertEquals(0.70625, curve.at(DAY0.plusDays(25)), 1e-9);
    assertEquals(0.5, curve.at(DAY0.plusDays(50)), 1e-9);
    assertEquals(0.2, curve.at(DAY0.plusDays(100)), 1e-9);
    assertEquals(0.2, curve.at(DAY0.plusDays(400)), 1e-9);
  }

  @Test
  void healthDipIsTriangularAndRecovers() {
    HealthCurve curve = HealthCurve.steady(0.8).withDip(DAY0.plusDays(200), 50, 0.3);
    assertEquals(0.8, curve.at(DAY0), 1e-9);
    assertEquals(0.5, curve.at(DAY0.plusDays(200)), 1e-9);
    assertEquals(0.65, curve.at(DAY0.plusDays(225)), 1e-9);
    assertEquals(0.8, curve.at(DAY0.plusDays(250)), 1e-9);
  }

  @Test
  void csvQuotesOnlyFieldsThatNeedItAndDoublesInnerQuotes() {
    assertEquals("plain", CsvWriter.quote("plain"));
    assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
    assertEquals("\"two\r\nlines\"", CsvWriter.quote("two\r\nlines"));
    assertEquals("", CsvWriter.quote(null));
    assertEquals("만족합니다", CsvWriter.quote("만족합니다"));
  }

  @Test
  void csvRowsEndWithCrLf(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.csv");
    try (CsvWriter out = new CsvWriter(file)) {
      out.row("a", "b, c", null);
    }
    assertEquals("a,\"b, c\",\r\n", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void ndjsonEscapesQuotesBackslashesAndControlCharacters(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.ndjson");
    try (NdjsonWriter out = new NdjsonWriter(file)) {
      out.begin().field("a", "x\"y\\z\n").field("n", 42).end();
      out.begin().field("k", "서울").end();
    }
    assertEquals("{\"a\":\"x\\\"y\\\\z\\n\",\"n\":42}\n{\"k\":\"서울\"}\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void contractValueIsAcvTimesTermInYears() {
    // The domain's example: a 3-year contract with ACV 30,000 is worth 90,000.
    assertEquals(new BigDecimal("90000.00"), PlannedContract.tcv(new BigDecimal("30000"), 36));
    assertEquals(new BigDecimal("3750.00"), PlannedContract.tcv(new BigDecimal("15000"), 3));
  }

  @Test
  void termChurnCompoundsTheAnnualRate() {
    assertEquals(0.15, ContractHistory.termChurn(Segment.SMB, 12), 1e-12);
    assertEquals(1 - 0.85 * 0.85, ContractHistory.termChurn(Segment.SMB, 24), 1e-12);
    assertEquals(0.142625, ContractHistory.termChurn(Segment.ENTERPRISE, 36), 1e-12);
  }

  @Test
  void segmentBoundariesFollowEmployeeCount() {
    assertEquals(Segment.SMB, Segment.ofEmployees(99));
    assertEquals(Segment.MID_MARKET, Segment.ofEmployees(100));
    assertEquals(Segment.MID_MARKET, Segment.ofEmployees(999));
    assertEquals(Segment.ENTERPRISE, Segment.ofEmployees(1000));
    assertEquals(48, Segment.MID_MARKET.seatsFor(24_000)); // 24,000 / 500 a seat
    assertEquals(3, Segment.SMB.seatsFor(500)); // never fewer than 3 seats
    assertEquals(new BigDecimal("12250"), Segment.SMB.roundAcv(12_300)); // steps of 250
  }

  @Test
  void textFormatsAreFixed() {
    assertEquals("1,234,567 USD", ContractHistory.money(new BigDecimal("1234567")));
    assertEquals("500 USD", ContractHistory.money(new BigDecimal("500")));
    assertEquals("1,000 USD", ContractHistory.money(new BigDecimal("1000.00")));
    assertEquals("BW-000123", AccountProfiler.accountNumber(123));
    assertEquals("INV-0000042", InvoiceSignalWriter.invoiceNumber(42));
  }

  @Test
  void emailPartsFoldToAscii() {
    assertEquals("soren", NameGenerator.ascii("Søren"));
    assertEquals("obrien", NameGenerator.ascii("O'Brien"));
    assertEquals("lukasiewicz", NameGenerator.ascii("Łukasiewicz"));
    assertEquals("chloe", NameGenerator.ascii("Chloé"));
    assertEquals("devries", NameGenerator.ascii("de Vries"));
  }

  @Test
  void companyNamesNeverRepeatEvenForAHugeBook() {
    NameGenerator names = new NameGenerator();
    Geography geography = new Geography();
    RandomStreams streams = new RandomStreams(5);
    Set<String> seen = new HashSet<>();
    Set<String> domains = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      Dice dice = streams.dice(RandomStreams.Purpose.PROFILE, i);
      CompanyName company = names.company(dice.pick(List.of(Industry.values())),
          geography.pick(dice), dice);
      assertTrue(seen.add(company.name()), "duplicate " + company.name());
      assertTrue(domains.add(company.domain()), "duplicate " + company.domain());
      assertTrue(company.domain().matches("[a-z0-9]+\\.example"), company.domain());
    }
  }

  @Test
  void randomStreamsRepeatPerPurposeAndIndexAndDifferOtherwise() {
    RandomStreams streams = new RandomStreams(99);
    double a = streams.dice(RandomStreams.Purpose.USAGE, 3).between(0.0, 1.0);
    assertEquals(a, streams.dice(RandomStreams.Purpose.USAGE, 3).between(0.0, 1.0));
    assertNotEquals(a, streams.dice(RandomStreams.Purpose.USAGE, 4).between(0.0, 1.0));
    assertNotEquals(a, streams.dice(RandomStreams.Purpose.CASES, 3).between(0.0, 1.0));
    assertNotEquals(a, new RandomStreams(100).dice(RandomStreams.Purpose.USAGE, 3)
        .between(0.0, 1.0));
  }

  @Test
  void optionsRejectAMissingTodayOrANonPositiveBook() {
    assertThrows(NullPointerException.class, () -> new DemoSeedOptions(1, 10, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DemoSeedOptions(1, 0, DAY0));
    assertTrue(e.getMessage().contains("accounts"));
    assertEquals(2_000, DemoSeedOptions.defaults(1, DAY0).accounts());
  }

  @Test
  void testSinkIdsCarrySalesforceChecksum() {
    // 001A0000006Vm9r: chunk "001A0" has its 4th char upper (8 = I), "00000" none (A),
    // "6Vm9r" its 2nd (2 = C).
    assertEquals("IAC", checksumOf("001A0000006Vm9r"));
    String id = InMemorySink.id("001", 1);
    assertEquals(18, id.length());
    assertEquals(checksumOf(id.substring(0, 15)), id.substring(15));
  }

  private static String checksumOf(String id15) {
    StringBuilder suffix = new StringBuilder();
    for (int chunk = 0; chunk < 3; chunk++) {
      int flags = 0;
      for (int j = 0; j < 5; j++) {
        if (Character.isUpperCase(id15.charAt(chunk * 5 + j))) {
          flags |= 1 << j;
        }
      }
      suffix.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345".charAt(flags));
    }
    return suffix.toString();
  }
}
