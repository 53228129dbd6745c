package dev.bellwether.devorg.seed;

import static dev.bellwether.devorg.seed.PlannedContract.ACTIVATED;
import static dev.bellwether.devorg.seed.PlannedContract.tcv;
import static dev.bellwether.devorg.seed.PlannedOpportunity.CLOSED_LOST;
import static dev.bellwether.devorg.seed.PlannedOpportunity.CLOSED_WON;
import static dev.bellwether.devorg.seed.PlannedOpportunity.EXPANSION;
import static dev.bellwether.devorg.seed.PlannedOpportunity.NEW_BUSINESS;
import static dev.bellwether.devorg.seed.PlannedOpportunity.RENEWAL;
import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays out one account's contracts and opportunities, from its first sale to churn or today.
 *
 * <p>Each customer starts with a won New Business deal and an activated contract. At every term
 * end it either renews (a won Renewal and a new contract, sometimes bigger or smaller) or churns
 * (a lost Renewal and no new contract). Some terms gain a co-termed expansion. Terms ending in the
 * next {@value #OPEN_RENEWAL_WINDOW_DAYS} days get an open Renewal.
 */
final class ContractHistory {
  static final int OPEN_RENEWAL_WINDOW_DAYS = 120;
  private static final List<String> ADD_ONS = List.of(
      "Additional seats", "Automations add-on", "Premium support", "API package",
      "Sandbox environments", "Analytics Plus");
  private static final List<String> COMPETITORS = List.of(
      "Pulsewise", "Retainly", "Cohortly", "Northbeam CS", "an in-house build");

  private final LocalDate today;
  private final LocalDate windowStart;

  ContractHistory(LocalDate today) {
    this.today = today;
    this.windowStart = today.minusYears(3);
  }

  AccountHistory customer(AccountProfile account, Dice dice) {
    Segment segment = account.segment();
    Ledger ledger = new Ledger();
    int span = (int) DAYS.between(windowStart, today) - 14;
    LocalDate start = windowStart.plusDays(dice.between(0, span));
    // Terms start on day 1-28 so month arithmetic round-trips: an add-on starting k months
    // before a term's end then ends exactly with it (Jan 31 + 1 month would clamp to Feb 28).
    if (start.getDayOfMonth() > 28) {
      start = start.withDayOfMonth(1).plusMonths(1);
    }
    LocalDate since = start;
    int months = firstTerm(segment, dice);
    BigDecimal acv = segment.roundAcv(dice.logUniform(segment.minAcv, segment.maxAcv));
    int baseKey = ledger.contract(start, months, acv, ACTIVATED, false,
        "Initial subscription. " + terms(months, acv, segment));
    ledger.opportunity(account.name() + " - New Business", NEW_BUSINESS, CLOSED_WON,
        start.minusDays(dice.between(0, 21)), tcv(acv, months), baseKey,
        terms(months, acv, segment));
    while (true) {
      LocalDate end = start.plusMonths(months);
      String renewalName = account.name() + " - Renewal " + YearMonth.from(end);
      boolean decided = !end.isAfter(today);
      boolean churns = decided && dice.chance(termChurn(segment, months));
      BigDecimal termAcv = churns
          ? acv
          : acv.add(expansion(ledger, account, start, end, months, acv, dice));
      if (!decided) {
        openRenewal(ledger, renewalName, baseKey, end, months, termAcv, dice);
        return ledger.history(since, null, null);
      }
      if (churns) {
        ChurnReason reason = ChurnReason.values()[dice.weightedIndex(ChurnReason.weights())];
        LocalDate close = capToYesterday(end.plusDays(dice.between(-30, 10)));
        ledger.opportunity(renewalName, RENEWAL, CLOSED_LOST, close, tcv(termAcv, months),
            baseKey, lossNote(reason, dice));
        return ledger.history(since, end, reason);
      }
      int nextMonths = renewalTerm(segment, months, dice);
      BigDecimal nextAcv = renewedAcv(termAcv, segment, dice);
      int nextKey = ledger.contract(end, nextMonths, nextAcv, ACTIVATED, false,
          "Renewal of the term ending " + end.minusDays(1) + ". " + terms(nextMonths, nextAcv,
              segment));
      ledger.opportunity(renewalName, RENEWAL, CLOSED_WON, renewalClose(end, dice),
          tcv(nextAcv, nextMonths), baseKey, renewalNote(termAcv, nextAcv));
      start = end;
      months = nextMonths;
      acv = nextAcv;
      baseKey = nextKey;
    }
  }

  AccountHistory prospect(AccountProfile account, Dice dice) {
    Segment segment = account.segment();
    Ledger ledger = new Ledger();
    BigDecimal acv = segment.roundAcv(dice.logUniform(segment.minAcv, segment.maxAcv));
    if (dice.chance(0.3)) {
      ledger.opportunity(account.name() + " - New Business (earlier evaluation)", NEW_BUSINESS,
          CLOSED_LOST, today.minusDays(dice.between(60, 700)), tcv(acv, 12), null,
          "Lost: chose " + dice.pick(COMPETITORS) + ".");
    }
    int daysLeft = dice.between(10, 120);
    ledger.opportunity(account.name() + " - New Business", NEW_BUSINESS,
        openStage(daysLeft, dice), today.plusDays(daysLeft), tcv(acv, 12), null,
        "Evaluating a 12-month subscription. " + terms(12, acv, segment));
    return ledger.history(null, null, null);
  }

  /** Chance a term of {@code months} ends in churn, from the segment's annual logo churn. */
  static double termChurn(Segment segment, int months) {
    return 1 - Math.pow(1 - segment.annualChurn, months / 12.0);
  }

  private BigDecimal expansion(Ledger ledger, AccountProfile account, LocalDate start,
      LocalDate end, int months, BigDecimal acv, Dice dice) {
    double perYear = switch (account.segment()) {
      case ENTERPRISE -> 0.35;
      case MID_MARKET -> 0.25;
      case SMB -> 0.08;
    };
    if (months < 6 || !dice.chance(Math.min(0.8, perYear * months / 12.0))) {
      return BigDecimal.ZERO;
    }
    // Co-termed: the add-on runs from its start to the base term's end, in whole months.
    int remaining = dice.between(3, months - 3);
    LocalDate addOnStart = end.minusMonths(remaining);
    BigDecimal addOnAcv = account.segment().roundAcv(acv.doubleValue() * dice.between(0.1, 0.45));
    String addOn = dice.pick(ADD_ONS);
    String name = account.name() + " - Expansion: " + addOn;
    BigDecimal value = tcv(addOnAcv, remaining);
    if (addOnStart.isAfter(today)) {
      long daysLeft = DAYS.between(today, addOnStart);
      if (daysLeft <= 90) {
        ledger.opportunity(name, EXPANSION, openStage(daysLeft, dice), addOnStart, value, null,
            addOn + " proposed, co-termed to " + end.minusDays(1) + ".");
      }
      return BigDecimal.ZERO;
    }
    LocalDate close = addOnStart.minusDays(dice.between(0, 14));
    if (dice.chance(0.12)) {
      ledger.opportunity(name, EXPANSION, CLOSED_LOST, close, value, null,
          "Lost: no budget this year.");
      return BigDecimal.ZERO;
    }
    int key = ledger.contract(addOnStart, remaining, addOnAcv, ACTIVATED, true,
        addOn + ", co-termed with the base term ending " + end.minusDays(1) + ".");
    ledger.opportunity(name, EXPANSION, CLOSED_WON, close, value, key,
        addOn + ": " + remaining + " months co-termed, ACV " + money(addOnAcv) + ".");
    return addOnAcv;
  }

  private void openRenewal(Ledger ledger, String name, int renewedKey, LocalDate end,
      int months, BigDecimal acv, Dice dice) {
    long daysLeft = DAYS.between(today, end);
    if (daysLeft > OPEN_RENEWAL_WINDOW_DAYS) {
      return;
    }
    String stage = openStage(daysLeft, dice);
    // Late-stage renewals already have the paperwork drafted, as in a real org.
    String draftStatus = switch (stage) {
      case "Negotiation/Review" -> "In Approval Process";
      case "Proposal/Price Quote" -> dice.chance(0.4) ? "Draft" : null;
      default -> null;
    };
    if (draftStatus != null) {
      ledger.contract(end, months, acv, draftStatus, false,
          "Proposed renewal of the term ending " + end.minusDays(1) + ". " + money(acv)
              + " ACV.");
    }
    ledger.opportunity(name, RENEWAL, stage, end.minusDays(1), tcv(acv, months), renewedKey,
        "Up for renewal: ACV " + money(acv) + ".");
  }

  /** Open stages advance as the close date nears. */
  private static String openStage(long daysLeft, Dice dice) {
    int early = daysLeft > 90 ? 0 : daysLeft > 60 ? 1 : daysLeft > 30 ? 2 : 3;
    List<String> stages = List.of("Prospecting", "Qualification", "Needs Analysis",
        "Proposal/Price Quote", "Negotiation/Review");
    return stages.get(early + dice.between(0, 1));
  }

  private static int firstTerm(Segment segment, Dice dice) {
    List<Integer> terms = List.of(12, 24, 36);
    return switch (segment) {
      case ENTERPRISE -> dice.weighted(terms, 0.5, 0.25, 0.25);
      case MID_MARKET -> dice.weighted(terms, 0.75, 0.2, 0.05);
      case SMB -> 12;
    };
  }

  private static int renewalTerm(Segment segment, int previous, Dice dice) {
    return dice.chance(0.8) ? previous : firstTerm(segment, dice);
  }

  /** Like-for-like, a price uplift, an upsell or a downsell, in believable proportions. */
  private static BigDecimal renewedAcv(BigDecimal acv, Segment segment, Dice dice) {
    double factor = switch (dice.weightedIndex(0.45, 0.25, 0.15, 0.15)) {
      case 0 -> 1.0;
      case 1 -> 1 + dice.between(0.03, 0.08);
      case 2 -> 1 + dice.between(0.10, 0.40);
      default -> 1 - dice.between(0.10, 0.35);
    };
    return factor == 1.0 ? acv : segment.roundAcv(acv.doubleValue() * factor);
  }

  private LocalDate renewalClose(LocalDate end, Dice dice) {
    // A few renewals are signed after the old term ended; the new term is backdated to it.
    LocalDate close = dice.chance(0.06)
        ? end.plusDays(dice.between(1, 20))
        : end.minusDays(dice.between(0, 45));
    return capToYesterday(close);
  }

  private LocalDate capToYesterday(LocalDate day) {
    return day.isBefore(today) ? day : today.minusDays(1);
  }

  private static String renewalNote(BigDecimal before, BigDecimal after) {
    int change = after.compareTo(before);
    if (change == 0) {
      return "Renewed like-for-like at ACV " + money(after) + ".";
    }
    long percent = Math.round(100 * (after.doubleValue() / before.doubleValue() - 1));
    return (change > 0 ? "Renewed with upsell: ACV +" : "Renewed with downsell: ACV ")
        + percent + "% to " + money(after) + ".";
  }

  private static String lossNote(ChurnReason reason, Dice dice) {
    String note = "Churned. Reason: " + reason.label + ".";
    return reason == ChurnReason.COMPETITOR
        ? note + " Competitor: " + dice.pick(COMPETITORS) + "."
        : note;
  }

  private static String terms(int months, BigDecimal acv, Segment segment) {
    return months + "-month subscription, " + segment.seatsFor(acv.doubleValue())
        + " seats, ACV " + money(acv) + ".";
  }

  /** "24,000 USD": whole dollars with thousands separators, whatever the JVM's locale. */
  static String money(BigDecimal amount) {
    String digits = Long.toString(amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    StringBuilder text = new StringBuilder(digits.length() + 8);
    int start = digits.startsWith("-") ? 1 : 0;
    text.append(digits, 0, start);
    for (int i = start; i < digits.length(); i++) {
      if (i > start && (digits.length() - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append(" USD").toString();
  }

  /** Collects one account's contracts and opportunities in the order they happened. */
  private static final class Ledger {
    private final List<PlannedContract> contracts = new ArrayList<>();
    private final List<PlannedOpportunity> opportunities = new ArrayList<>();

    int contract(LocalDate start, int months, BigDecimal acv, String status, boolean expansion,
        String description) {
      contracts.add(new PlannedContract(contracts.size(), start, months, acv, status, expansion,
          description));
      return contracts.size() - 1;
    }

    void opportunity(String name, String type, String stage, LocalDate close, BigDecimal amount,
        Integer contractKey, String description) {
      opportunities.add(
          new PlannedOpportunity(name, type, stage, close, amount, contractKey, description));
    }

    AccountHistory history(LocalDate since, LocalDate churnDate, ChurnReason reason) {
      return new AccountHistory(contracts, opportunities, since, churnDate, reason);
    }
  }
}
