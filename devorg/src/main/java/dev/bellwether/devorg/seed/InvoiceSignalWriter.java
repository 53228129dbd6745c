package dev.bellwether.devorg.seed;

import dev.bellwether.devorg.seed.RandomStreams.Purpose;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@value #FILE_NAME}: the invoices of every activated contract issued before today.
 *
 * <p>Base contracts bill annually, quarterly or (SMB) monthly in advance; co-termed add-ons bill
 * once up front. Healthy accounts pay before the due date; as health falls, payments come later
 * and some never come, which leaves the overdue invoices a finance signal is built on.
 */
final class InvoiceSignalWriter {
  static final String FILE_NAME = "invoices.csv";
  static final String[] HEADER = {
    "account_id", "invoice_number", "issued_on", "due_on", "amount", "currency", "paid_on"
  };
  /** The CRM amounts are USD, so the invoices are too: the two must reconcile. */
  static final String CURRENCY = "USD";

  private final LocalDate today;
  private final RandomStreams streams;

  InvoiceSignalWriter(LocalDate today, RandomStreams streams) {
    this.today = today;
    this.streams = streams;
  }

  Path write(BookOfBusiness book, SeededIds ids, Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    int number = 0;
    try (CsvWriter out = new CsvWriter(file)) {
      out.row(HEADER);
      for (AccountPlan plan : book.accounts()) {
        int index = plan.profile().index();
        Dice dice = streams.dice(Purpose.INVOICES, index);
        for (Invoice invoice : invoices(plan, dice)) {
          out.row(ids.accountIds().get(index), invoiceNumber(++number),
              invoice.issued().toString(), invoice.due().toString(),
              invoice.amount().toPlainString(), CURRENCY,
              invoice.paid() == null ? "" : invoice.paid().toString());
        }
      }
    }
    return file;
  }

  static String invoiceNumber(int number) {
    String digits = Integer.toString(number);
    return "INV-" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
  }

  private List<Invoice> invoices(AccountPlan plan, Dice dice) {
    Segment segment = plan.profile().segment();
    List<Integer> periods = List.of(12, 3, 1);
    int everyMonths = switch (segment) {
      case ENTERPRISE -> dice.weighted(periods, 0.8, 0.2, 0);
      case MID_MARKET -> dice.weighted(periods, 0.6, 0.4, 0);
      case SMB -> dice.weighted(periods, 0.4, 0, 0.6);
    };
    int netDays = segment == Segment.ENTERPRISE ? (dice.chance(0.5) ? 45 : 60) : 30;
    List<Invoice> invoices = new ArrayList<>();
    for (PlannedContract contract : plan.history().contracts()) {
      if (!contract.activated()) {
        continue;
      }
      if (contract.expansion()) {
        add(invoices, plan, contract.start(), contract.totalValue(), netDays, dice);
        continue;
      }
      int step = Math.min(everyMonths, contract.months());
      BigDecimal perPeriod = contract.acv().multiply(BigDecimal.valueOf(step))
          .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
      for (int m = 0; m < contract.months(); m += step) {
        add(invoices, plan, contract.start().plusMonths(m), perPeriod, netDays, dice);
      }
    }
    invoices.sort(Comparator.comparing(Invoice::issued));
    return invoices;
  }

  private void add(List<Invoice> invoices, AccountPlan plan, LocalDate issued, BigDecimal amount,
      int netDays, Dice dice) {
    if (!issued.isBefore(today)) {
      return;
    }
    LocalDate due = issued.plusDays(netDays);
    double health = plan.health().at(issued);
    LocalDate paid;
    if (dice.chance(Math.max(0.02, Math.min(0.9, 0.04 + 1.2 * (0.75 - health))))) {
      paid = due.plusDays(dice.between(3, 15) + Math.round((1 - health) * dice.between(10, 80)));
      if (health < 0.3 && dice.chance(0.35)) {
        paid = null; // never paid: in collections, or written off after churn
      }
    } else {
      paid = issued.plusDays(dice.between(2, netDays));
    }
    invoices.add(new Invoice(issued, due, amount, paid == null || !paid.isBefore(today) ? null
        : paid));
  }

  private record Invoice(LocalDate issued, LocalDate due, BigDecimal amount, LocalDate paid) {}
}
