package dev.bellwether.service.scoring.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The benchmark's signal inputs as NDJSON files, written once per size and kept in the benchmark's
 * folder (they are deterministic): single usage events over the last 90 days in time order (the
 * line format of the ingest benchmark); a seat count per customer and the onboarding milestones;
 * the usage history before that, as the product's warehouse would send it (one rollup per account,
 * month and key feature used, so the churn model has usage from before past renewals); NPS and CSAT
 * answers; invoices. Riskier accounts use fewer seats and key features, answer worse and pay later,
 * so the scores and the churn model have something to find.
 */
final class SignalFiles {
  /** Part of the cache folder's name: bump it when the files' content changes. */
  static final String VERSION = "v2";
  static final int USAGE_DAYS = 90;
  /** Months of monthly usage rollups before the 90 days of single events. */
  static final int HISTORY_MONTHS = 9;
  /** The default scorecard's key features, and others the product also reports. */
  private static final String[] KEY_FEATURES = {"dashboards", "reports", "integrations", "automations"};
  private static final String[] OTHER_FEATURES = {"exports", "alerts", "search", "sharing", "api", "mobile"};
  /** ScoringSettings' default: 60 events per licensed seat in the 30-day usage window. */
  private static final double EVENTS_PER_SEAT = 60;

  /** The four inputs. */
  record Inputs(Path usageEvents, Path usageExtras, Path usageHistory, Path surveys, Path invoices) {}

  /** An account's usage habits in the 90 days. */
  private record Usage(BenchAccount account, double weight, int seats, int users, int keyFeatures) {}

  private final BenchSizes sizes;
  private final List<BenchAccount> accounts;
  private final LocalDate today;

  private SignalFiles(BenchSizes sizes, List<BenchAccount> accounts, LocalDate today) {
    this.sizes = sizes;
    this.accounts = accounts;
    this.today = today;
  }

  /** The inputs for this book under {@code dir}, written first when a complete set is not there yet. */
  static Inputs cached(Path dir, BenchSizes sizes, List<BenchAccount> accounts, LocalDate today) throws IOException {
    Path folder = dir.resolve(String.format(Locale.ROOT, "bellwether-scoring-bench-%s-%s-%d-%d", VERSION, today,
        sizes.accounts(), sizes.usageEvents()));
    Inputs inputs = new Inputs(folder.resolve("usage-events.ndjson"), folder.resolve("usage-seats-milestones.ndjson"),
        folder.resolve("usage-history.ndjson"), folder.resolve("surveys.ndjson"), folder.resolve("invoices.ndjson"));
    Path complete = folder.resolve("complete");
    if (Files.exists(complete)) {
      return inputs;
    }
    Files.createDirectories(folder);
    new SignalFiles(sizes, accounts, today).write(inputs);
    Files.writeString(complete, "written for " + sizes + "\n");
    return inputs;
  }

  private void write(Inputs inputs) throws IOException {
    SplittableRandom random = new SplittableRandom(BenchBook.SEED + 7);
    List<Usage> usage = usage(random);
    atomically(inputs.usageEvents(), out -> events(random, usage, out));
    atomically(inputs.usageExtras(), out -> seatsAndMilestones(random, usage, out));
    atomically(inputs.usageHistory(), out -> history(random, usage, out));
    atomically(inputs.surveys(), out -> surveys(random, out));
    atomically(inputs.invoices(), out -> invoices(random, out));
  }

  /**
   * Every customer's usage habits. Its weight in the 90 days of events counts only its customer
   * days in them; its seats are sized so that its events there roughly meet the plan.
   */
  private List<Usage> usage(SplittableRandom random) {
    LocalDate first = today.minusDays(USAGE_DAYS);
    List<BenchAccount> customers = accounts.stream().filter(a -> !a.prospect()).toList();
    double[] weights = new double[customers.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      BenchAccount a = customers.get(i);
      if (a.customerDuring(first, today)) {
        LocalDate from = a.customerFrom().isAfter(first) ? a.customerFrom() : first;
        LocalDate to = a.customerUntil() == null || a.customerUntil().isAfter(today) ? today : a.customerUntil();
        weights[i] = base(a) * Math.max(1, to.toEpochDay() - from.toEpochDay()) / USAGE_DAYS;
        total += weights[i];
      }
    }
    List<Usage> out = new ArrayList<>(customers.size());
    for (int i = 0; i < weights.length; i++) {
      BenchAccount a = customers.get(i);
      double expectedPer30Days = sizes.usageEvents() * base(a) / Math.max(total, 1e-9) / 3;
      int seats = (int) Math.max(1, Math.round(expectedPer30Days / EVENTS_PER_SEAT * (0.5 + 2 * random.nextDouble())));
      int people = (int) Math.max(1, Math.round(seats * (0.5 + 0.7 * random.nextDouble()) * (1 - 0.5 * a.risk())));
      int keys = (int) Math.max(1, Math.min(4, Math.round(4.5 - 4 * a.risk() + random.nextDouble() - 0.5)));
      out.add(new Usage(a, weights[i], seats, people, keys));
    }
    return out;
  }

  private static double base(BenchAccount a) {
    return a.sizeFactor() * (1.3 - a.risk());
  }

  /** Single events in time order, evenly spread over the 90 days before today, like a product feed. */
  private void events(SplittableRandom random, List<Usage> usage, BufferedWriter out) throws IOException {
    if (usage.isEmpty()) {
      throw new IllegalStateException("no account was a customer in the last " + USAGE_DAYS + " days");
    }
    WeightedPick<Usage> pick = new WeightedPick<>(usage, Usage::weight);
    LocalDate first = today.minusDays(USAGE_DAYS);
    Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    long span = USAGE_DAYS * 86_400L;
    long n = sizes.usageEvents();
    StringBuilder line = new StringBuilder(200);
    for (long i = 0; i < n; i++) {
      long offset = i * span / n;
      LocalDate day = first.plusDays(offset / 86_400);
      Usage u = pick.next(random);
      for (int tries = 0; tries < 50 && !u.account().customerOn(day); tries++) {
        u = pick.next(random);
      }
      String feature = random.nextDouble() < 0.75 ? KEY_FEATURES[random.nextInt(u.keyFeatures())]
          : OTHER_FEATURES[random.nextInt(OTHER_FEATURES.length)];
      line.setLength(0);
      line.append("{\"event_id\":\"evt-").append(1_000_000_000_000L + i)
          .append("\",\"account_id\":\"").append(u.account().id())
          .append("\",\"user_id\":\"usr-").append(u.account().index()).append('-').append(random.nextInt(u.users()))
          .append("\",\"feature\":\"").append(feature)
          .append("\",\"occurred_at\":\"").append(start.plusSeconds(offset)).append("\"}\n");
      out.append(line);
    }
  }

  /** Each current customer's licensed seats (a weekly rollup of last week) and its onboarding milestones. */
  private void seatsAndMilestones(SplittableRandom random, List<Usage> usage, BufferedWriter out) throws IOException {
    LocalDate week = today.minusDays(7).with(DayOfWeek.MONDAY);
    for (Usage u : usage) {
      if (u.account().customerOn(today)) {
        out.append(String.format(Locale.ROOT, "{\"type\":\"weekly\",\"account_id\":\"%s\",\"week_start\":\"%s\","
            + "\"feature\":\"seats\",\"events\":0,\"licensed_seats\":%d}%n", u.account().id(), week, u.seats()));
      }
    }
    for (BenchAccount a : accounts) {
      if (a.prospect()) {
        continue;
      }
      double risk = a.risk();
      if (random.nextDouble() < 0.9 - 0.3 * risk) {
        milestone(out, a, "first_report_shared", a.customerFrom().plusDays(3 + random.nextInt(1 + (int) (60
            * (0.3 + risk)))));
      }
      if (random.nextDouble() < 0.85 - 0.4 * risk) {
        milestone(out, a, "onboarding_completed", a.customerFrom().plusDays(14 + random.nextInt(1 + (int) (150
            * (0.2 + risk)))));
      }
    }
  }

  /**
   * One rollup per customer, month and key feature it uses, in the month's second week, for the
   * months before the single events: a month's events, the active users and the seats.
   */
  private void history(SplittableRandom random, List<Usage> usage, BufferedWriter out) throws IOException {
    LocalDate eventsFrom = today.minusDays(USAGE_DAYS);
    LocalDate month = eventsFrom.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
    for (; month.isBefore(eventsFrom); month = month.plusMonths(1)) {
      LocalDate week = month.plusDays(4).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      if (!week.isBefore(eventsFrom)) {
        break;
      }
      for (Usage u : usage) {
        if (!u.account().customerOn(week)) {
          continue;
        }
        double events = u.seats() * EVENTS_PER_SEAT * (1.25 - u.account().risk()) * (0.7 + 0.6 * random.nextDouble());
        long perFeature = Math.max(1, Math.round(events / u.keyFeatures()));
        long active = Math.max(1, Math.round(u.users() * (0.8 + 0.2 * random.nextDouble())));
        for (int k = 0; k < u.keyFeatures(); k++) {
          out.append(String.format(Locale.ROOT, "{\"type\":\"weekly\",\"account_id\":\"%s\",\"week_start\":\"%s\","
              + "\"feature\":\"%s\",\"events\":%d,\"active_users\":%d,\"licensed_seats\":%d}%n", u.account().id(),
              week, KEY_FEATURES[k], perFeature, active, u.seats()));
        }
      }
    }
  }

  private void milestone(BufferedWriter out, BenchAccount a, String event, LocalDate day) throws IOException {
    if (day.isBefore(today)) {
      out.append(String.format(Locale.ROOT, "{\"type\":\"milestone\",\"account_id\":\"%s\",\"event\":\"%s\","
          + "\"occurred_on\":\"%s\"}%n", a.id(), event, day));
    }
  }

  /** NPS (60%) and CSAT answers over the last year, from customers of the day, bigger ones answering more. */
  private void surveys(SplittableRandom random, BufferedWriter out) throws IOException {
    LocalDate first = today.minusDays(365);
    List<BenchAccount> customers = accounts.stream().filter(a -> a.customerDuring(first, today)).toList();
    if (customers.isEmpty() || sizes.surveyAnswers() == 0) {
      return;
    }
    WeightedPick<BenchAccount> pick = new WeightedPick<>(customers, BenchAccount::sizeFactor);
    for (int i = 0; i < sizes.surveyAnswers(); i++) {
      BenchAccount a = pick.next(random);
      Instant from = (a.customerFrom().isAfter(first) ? a.customerFrom() : first).atStartOfDay(ZoneOffset.UTC)
          .toInstant();
      LocalDate last = a.customerUntil() == null || !a.customerUntil().isBefore(today) ? today
          : a.customerUntil().plusDays(1);
      long span = Math.max(1, last.atStartOfDay(ZoneOffset.UTC).toEpochSecond() - from.getEpochSecond());
      Instant at = from.plusSeconds(random.nextLong(span));
      boolean nps = random.nextDouble() < 0.6;
      long score = nps ? clamp(Math.round(9.2 - 6 * a.risk() + 1.5 * random.nextGaussian()), 0, 10)
          : clamp(Math.round(4.8 - 2.5 * a.risk() + 0.8 * random.nextGaussian()), 1, 5);
      out.append(String.format(Locale.ROOT, "{\"answer_id\":\"ans-%d\",\"account_id\":\"%s\",\"survey\":\"%s\","
          + "\"score\":%d,\"answered_at\":\"%s\"}%n", i, a.id(), nps ? "nps" : "csat", score, at));
    }
  }

  /** One to three monthly invoices per account that was a customer in the last half year; risky ones pay late. */
  private void invoices(SplittableRandom random, BufferedWriter out) throws IOException {
    for (BenchAccount a : accounts) {
      if (!a.customerDuring(today.minusDays(180), today)) {
        continue;
      }
      int k = 1 + random.nextInt(3);
      for (int j = 1; j <= k; j++) {
        LocalDate issued = today.minusDays(30L * j - 20 + random.nextInt(10));
        if (!a.customerOn(issued)) {
          continue;
        }
        LocalDate due = issued.plusDays(30);
        long amount = Math.round(a.sizeFactor() * (500 + random.nextInt(5_000)));
        LocalDate paid = null;
        if (due.isAfter(today) ? random.nextDouble() < 0.3 : random.nextDouble() < 0.97 - 0.5 * a.risk()) {
          paid = due.plusDays(random.nextInt(40) - 25);
          paid = paid.isBefore(issued) ? issued : paid.isBefore(today) ? paid : today.minusDays(1);
        }
        out.append(String.format(Locale.ROOT, "{\"invoice_number\":\"INV-%d-%d\",\"account_id\":\"%s\","
            + "\"issued_on\":\"%s\",\"due_on\":\"%s\",\"amount\":%d.00,\"currency\":\"USD\"%s}%n",
            a.index(), j, a.id(), issued, due, amount, paid == null ? "" : ",\"paid_on\":\"" + paid + "\""));
      }
    }
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }

  private interface Lines {
    void write(BufferedWriter out) throws IOException;
  }

  /** Writes beside the file and moves it in place, so an interrupted run leaves no half file behind. */
  private static void atomically(Path file, Lines lines) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 20)) {
      lines.write(out);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
