package dev.bellwether.service.reports;

import dev.bellwether.metrics.account.AccountProfile;
import dev.bellwether.metrics.adoption.FeatureUse;
import dev.bellwether.metrics.adoption.OnboardingMilestone;
import dev.bellwether.metrics.adoption.ValueEvent;
import dev.bellwether.metrics.book.Book;
import dev.bellwether.metrics.book.MetricsSettings;
import dev.bellwether.metrics.money.Money;
import dev.bellwether.metrics.period.ReportingPeriod;
import dev.bellwether.metrics.renewal.Renewal;
import dev.bellwether.metrics.renewal.RenewalOutcome;
import dev.bellwether.metrics.revenue.Contract;
import dev.bellwether.metrics.sentiment.SurveyAnswer;
import dev.bellwether.metrics.sentiment.SurveyKind;
import dev.bellwether.service.scoring.book.AccountRow;
import dev.bellwether.service.scoring.book.ContractRow;
import dev.bellwether.service.scoring.book.CrmBook;
import dev.bellwether.service.scoring.renewals.RenewalState;
import dev.bellwether.service.scoring.renewals.ScheduledRenewal;
import dev.bellwether.service.scoring.signals.SignalSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an org's CRM book, its renewals and its signals into the metrics module's {@link Book}
 * for one period.
 *
 * <ul>
 *   <li>A profile per live account: its segment, its owner's name, and the start of its first
 *       activated priced contract as the day it became a customer.
 *   <li>A contract per activated, priced contract of a live account, worth the value its deals
 *       give it, in the product line {@link ProductLines} finds.
 *   <li>A renewal per renewal state: the outcome of its status, the ARR it renewed for, and its
 *       ARR up as the prior ACV.
 *   <li>Survey answers of the period and of the year before it. The signal source gives scores per
 *       window without their dates, so they are read month by month and dated at the first instant
 *       of their month: periods are whole months, so every answer still falls in the right one.
 *   <li>The configured value and onboarding milestones on their first day, and the key features
 *       each account used in each month of the period (dated the same way), when configured.
 * </ul>
 * Amounts are taken to be in the corporate currency of the settings.
 */
public final class BookAssembler {

  private final SignalSource signals;
  private final MetricsSettings settings;
  private final String currency;

  public BookAssembler(SignalSource signals, MetricsSettings settings) {
    this.signals = signals;
    this.settings = settings;
    this.currency = settings.exchangeRates().corporateCurrency();
  }

  /**
   * The book of {@code orgId} for {@code period}.
   *
   * @throws IllegalArgumentException naming the record when a contract or renewal carries an
   *     amount the metrics refuse (a negative value)
   */
  public Book assemble(String orgId, CrmBook crm, List<RenewalState> renewals, ReportingPeriod period)
      throws SQLException {
    Set<String> live = crm.accounts().keySet();
    return new Book(profiles(crm), contracts(crm), renewals(renewals, live), surveys(orgId, period, live),
        valueEvents(orgId, live), onboardingMilestones(orgId, live), featureUses(orgId, period, live));
  }

  private List<AccountProfile> profiles(CrmBook crm) {
    Map<String, LocalDate> firstStart = new HashMap<>();
    for (ContractRow c : crm.contracts()) {
      if (counts(c)) {
        firstStart.merge(c.accountId(), c.start(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<AccountProfile> out = new ArrayList<>(crm.accounts().size());
    for (AccountRow a : crm.accounts().values()) {
      out.add(new AccountProfile(a.id(), a.segment(), crm.ownerName(a.ownerId()),
          Optional.ofNullable(firstStart.get(a.id()))));
    }
    return out;
  }

  private List<Contract> contracts(CrmBook crm) {
    Map<String, String> lines = ProductLines.of(crm);
    List<Contract> out = new ArrayList<>();
    for (ContractRow c : crm.contracts()) {
      // A contract of an account the CRM no longer has renews nothing either (as the schedule).
      if (counts(c) && crm.accounts().containsKey(c.accountId())) {
        out.add(Contract.ofDates(c.id(), c.accountId(), c.start(), c.end(), money(c.value()),
            lines.getOrDefault(c.id(), ProductLines.CORE), settings.zone()));
      }
    }
    return out;
  }

  /** Only activated, priced contracts with a valid term count for ARR, as for the renewal schedule. */
  private static boolean counts(ContractRow c) {
    return c.activated() && c.value() != null && c.start() != null && c.end() != null
        && !c.end().isBefore(c.start());
  }

  private List<Renewal> renewals(List<RenewalState> states, Set<String> live) {
    Money zero = Money.zero(currency);
    List<Renewal> out = new ArrayList<>(states.size());
    for (RenewalState s : states) {
      ScheduledRenewal r = s.renewal();
      if (!live.contains(r.accountId())) {
        continue;
      }
      RenewalOutcome outcome = s.status().outcome();
      Money up = money(r.arrUp());
      Money renewed = outcome.isRenewed() && s.renewedArr() != null ? money(s.renewedArr()) : zero;
      out.add(new Renewal(r.key(), r.accountId(), r.renewalDate(), up, outcome, renewed, up, renewed));
    }
    return out;
  }

  private List<SurveyAnswer> surveys(String orgId, ReportingPeriod period, Set<String> live) throws SQLException {
    List<SurveyAnswer> out = new ArrayList<>();
    for (LocalDate month = period.firstDay().minusYears(1); month.isBefore(period.dayAfter());
        month = month.plusMonths(1)) {
      Instant at = month.atStartOfDay(settings.zone()).toInstant();
      for (Map.Entry<String, SignalSource.Surveys> e : signals.surveys(orgId, month, month.plusMonths(1)).entrySet()) {
        String account = e.getKey();
        if (live.contains(account)) {
          add(out, account, month, SurveyKind.NPS, e.getValue().nps(), at);
          add(out, account, month, SurveyKind.CSAT, e.getValue().csat(), at);
        }
      }
    }
    return out;
  }

  private static void add(List<SurveyAnswer> out, String account, LocalDate month, SurveyKind kind,
      List<Integer> scores, Instant at) {
    for (int i = 0; i < scores.size(); i++) {
      out.add(new SurveyAnswer(account + ":" + kind + ":" + month + ":" + i, account, kind, scores.get(i), at));
    }
  }

  private List<ValueEvent> valueEvents(String orgId, Set<String> live) throws SQLException {
    Set<String> wanted = new HashSet<>(settings.valueEventByProductLine().values());
    List<ValueEvent> out = new ArrayList<>();
    if (!wanted.isEmpty()) {
      milestones(orgId, live, wanted, (account, event, at) -> out.add(new ValueEvent(account, event, at)));
    }
    return out;
  }

  private List<OnboardingMilestone> onboardingMilestones(String orgId, Set<String> live) throws SQLException {
    List<OnboardingMilestone> out = new ArrayList<>();
    if (!settings.onboardingMilestones().isEmpty()) {
      milestones(orgId, live, settings.onboardingMilestones(),
          (account, event, at) -> out.add(new OnboardingMilestone(account, event, at)));
    }
    return out;
  }

  private interface MilestoneSink {
    void accept(String account, String event, Instant at);
  }

  private void milestones(String orgId, Set<String> live, Set<String> wanted, MilestoneSink sink)
      throws SQLException {
    for (Map.Entry<String, Map<String, LocalDate>> e : signals.milestones(orgId).entrySet()) {
      if (!live.contains(e.getKey())) {
        continue;
      }
      e.getValue().forEach((event, day) -> {
        if (wanted.contains(event)) {
          sink.accept(e.getKey(), event, day.atStartOfDay(settings.zone()).toInstant());
        }
      });
    }
  }

  private List<FeatureUse> featureUses(String orgId, ReportingPeriod period, Set<String> live) throws SQLException {
    List<FeatureUse> out = new ArrayList<>();
    if (settings.keyFeatures().isEmpty()) {
      return out;
    }
    for (LocalDate month = period.firstDay(); month.isBefore(period.dayAfter()); month = month.plusMonths(1)) {
      Instant at = month.atStartOfDay(settings.zone()).toInstant();
      for (Map.Entry<String, SignalSource.Usage> e : signals.usage(orgId, month, month.plusMonths(1)).entrySet()) {
        if (!live.contains(e.getKey())) {
          continue;
        }
        for (String feature : e.getValue().features()) {
          if (settings.keyFeatures().contains(feature)) {
            out.add(new FeatureUse(e.getKey(), feature, at));
          }
        }
      }
    }
    return out;
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, currency);
  }
}
