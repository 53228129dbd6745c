package dev.bellwether.service.scoring.signals;

import dev.bellwether.metrics.health.AccountSignals;
import dev.bellwether.service.scoring.ScoringSettings;
import dev.bellwether.service.scoring.book.CaseRow;
import dev.bellwether.service.scoring.book.ContactRow;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Builds every account's {@link AccountSignals} as of a day. Works for any past day too (the
 * churn model reads measures 90 days before each renewal): every window ends on {@code asOf} and
 * nothing later than it is counted.
 */
public final class SignalsAssembler {

  private final SignalSource source;
  private final ScoringSettings settings;
  private final Set<String> keyFeatures;
  /** Milestones are read once per assembler: the churn model assembles a dozen past days in one run. */
  private Map<String, Map<String, LocalDate>> milestones;
  private String milestonesOrg;

  public SignalsAssembler(SignalSource source, ScoringSettings settings, Set<String> keyFeatures) {
    this.source = source;
    this.settings = settings;
    this.keyFeatures = Set.copyOf(keyFeatures);
  }

  /** The first day with usage data (see {@link SignalSource#firstUsageDay}). */
  public Optional<LocalDate> firstUsageDay(String orgId) throws SQLException {
    return source.firstUsageDay(orgId);
  }

  /** Every account's signals as of {@code asOf}. */
  public Map<String, AccountSignals> assemble(String orgId, CrmBook book, LocalDate asOf) throws SQLException {
    return assemble(orgId, book, asOf, book.accounts().keySet());
  }

  /**
   * The signals of some accounts as of {@code asOf}: the churn model needs a past month's signals
   * only for the accounts that renewed or churned in it.
   */
  public Map<String, AccountSignals> assemble(String orgId, CrmBook book, LocalDate asOf, Set<String> accountIds)
      throws SQLException {
    Map<String, SignalSource.Usage> usage =
        source.usage(orgId, asOf.minusDays(settings.usageWindowDays()), asOf);
    Map<String, SignalSource.Surveys> surveys =
        source.surveys(orgId, asOf.minusDays(settings.surveyWindowDays()), asOf);
    Map<String, SignalSource.Invoices> invoices = source.invoices(orgId, asOf);
    if (!orgId.equals(milestonesOrg)) {
      milestones = source.milestones(orgId);
      milestonesOrg = orgId;
    }
    Map<String, LocalDate> customerSince = customerSince(book.contracts(), asOf);
    Instant at = asOf.atStartOfDay(settings.zone()).toInstant();

    Map<String, AccountSignals> out = new HashMap<>();
    for (String id : accountIds) {
      if (!book.accounts().containsKey(id)) {
        continue;
      }
      SignalSource.Usage u = usage.get(id);
      SignalSource.Surveys sv = surveys.get(id);
      SignalSource.Invoices inv = invoices.get(id);
      OptionalLong seats = u == null ? OptionalLong.empty() : u.licensedSeats();
      out.put(id, new AccountSignals(id, asOf,
          u == null ? OptionalLong.empty() : OptionalLong.of(u.events()),
          seats.isPresent() ? OptionalDouble.of(seats.getAsLong() * settings.expectedEventsPerSeat())
              : OptionalDouble.empty(),
          u == null ? Set.of() : u.features(),
          keyFeatures,
          u == null ? OptionalLong.empty() : u.activeUsers(),
          seats,
          sv == null ? List.of() : sv.nps(),
          sv == null ? List.of() : sv.csat(),
          Optional.of(support(book.casesByAccount().getOrDefault(id, List.of()), at)),
          inv == null ? Optional.empty()
              : Optional.of(new AccountSignals.Invoices(inv.known(), inv.overdue(), inv.oldestOverdueDays())),
          lastEngagement(book.engagementByAccount().get(id), asOf),
          champions(book.championsByAccount().get(id), at),
          onboarding(customerSince.get(id), milestones.getOrDefault(id, Map.of()), asOf)));
    }
    return out;
  }

  private AccountSignals.Support support(List<CaseRow> cases, Instant at) {
    Instant windowStart = at.minus(Duration.ofDays(settings.supportWindowDays()));
    Instant agedBefore = at.minus(Duration.ofDays(settings.agedCaseDays()));
    int opened = 0;
    int stillOpen = 0;
    int aged = 0;
    int breaches = 0;
    for (CaseRow c : cases) {
      boolean open = c.openAt(at);
      if (open && c.created().isBefore(agedBefore)) {
        aged++;
      }
      if (c.created().isBefore(windowStart) || !c.created().isBefore(at)) {
        continue;
      }
      opened++;
      if (open) {
        stillOpen++;
      }
      Instant resolvedOrNow = open ? at : c.closed();
      if (Duration.between(c.created(), resolvedOrNow).toHours() > settings.resolutionTargetHours(c.priority())) {
        breaches++;
      }
    }
    return new AccountSignals.Support(opened, stillOpen, aged, breaches);
  }

  private static Optional<LocalDate> lastEngagement(List<LocalDate> days, LocalDate asOf) {
    if (days == null) {
      return Optional.empty();
    }
    LocalDate last = null;
    for (LocalDate day : days) {
      if (day.isAfter(asOf)) {
        break;
      }
      last = day;
    }
    return Optional.ofNullable(last);
  }

  private Optional<AccountSignals.Champions> champions(List<ContactRow> contacts, Instant at) {
    if (contacts == null || contacts.isEmpty()) {
      return Optional.empty();
    }
    Instant windowStart = at.minus(Duration.ofDays(settings.championWindowDays()));
    int known = 0;
    int left = 0;
    for (ContactRow c : contacts) {
      if (c.leftAt() != null && c.leftAt().isBefore(windowStart)) {
        continue;
      }
      known++;
      if (c.leftAt() != null && c.leftAt().isBefore(at)) {
        left++;
      }
    }
    return known == 0 ? Optional.empty() : Optional.of(new AccountSignals.Champions(known, left));
  }

  private Optional<AccountSignals.Onboarding> onboarding(LocalDate since, Map<String, LocalDate> milestones,
      LocalDate asOf) {
    if (since == null) {
      return Optional.empty();
    }
    return Optional.of(new AccountSignals.Onboarding(since,
        Optional.ofNullable(milestones.get(settings.onboardingCompletedEvent())).filter(d -> !d.isAfter(asOf)),
        Optional.ofNullable(milestones.get(settings.valueEvent())).filter(d -> !d.isAfter(asOf))));
  }

  /** The start of each account's first activated, priced contract that began on or before {@code asOf}. */
  private static Map<String, LocalDate> customerSince(List<ContractRow> contracts, LocalDate asOf) {
    Map<String, LocalDate> since = new HashMap<>();
    for (ContractRow c : contracts) {
      if (c.activated() && c.value() != null && c.start() != null && !c.start().isAfter(asOf)) {
        since.merge(c.accountId(), c.start(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return since;
  }
}
