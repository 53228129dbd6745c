package dev.bellwether.devorg.seed;

import static java.time.temporal.ChronoUnit.DAYS;

import dev.bellwether.devorg.seed.RandomStreams.Purpose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the book in the order the story needs: who the accounts are, how their contracts play
 * out, which current customers are at risk, and then the health and activity that follow.
 */
final class BookPlanner {
  /** Share of current customers flagged at risk: decaying signals, outcome still open. */
  static final double AT_RISK_SHARE = 0.10;
  /** Only customers this long in can be at risk: a decline needs a healthy past to fall from. */
  private static final int AT_RISK_MIN_TENURE_DAYS = 180;

  private final DemoSeedOptions options;
  private final RandomStreams streams;

  BookPlanner(DemoSeedOptions options, RandomStreams streams) {
    this.options = options;
    this.streams = streams;
  }

  BookOfBusiness plan() {
    LocalDate today = options.today();
    CsTeam team = new CsTeam();
    List<AccountProfile> profiles = new AccountProfiler(streams, team).profiles(options.accounts());
    ContractHistory contracts = new ContractHistory(today);
    List<AccountHistory> histories = new ArrayList<>(profiles.size());
    for (AccountProfile profile : profiles) {
      Dice dice = streams.dice(Purpose.HISTORY, profile.index());
      histories.add(profile.prospect()
          ? contracts.prospect(profile, dice)
          : contracts.customer(profile, dice));
    }
    Set<Integer> atRisk = pickAtRisk(histories, today);

    HealthModel healthModel = new HealthModel(today);
    ContactRoster roster = new ContactRoster(new NameGenerator());
    SupportHistory support = new SupportHistory(today);
    Touchpoints touchpoints = new Touchpoints(today);
    List<AccountPlan> plans = new ArrayList<>(profiles.size());
    for (AccountProfile profile : profiles) {
      int i = profile.index();
      AccountHistory history = histories.get(i);
      boolean risky = atRisk.contains(i);
      Dice healthDice = streams.dice(Purpose.HEALTH, i);
      HealthCurve health = healthModel.curve(history, risky, healthDice);
      Adoption adoption = healthModel.adoption(profile, history, risky, healthDice);
      List<PlannedContact> contacts =
          roster.contacts(profile, streams.dice(Purpose.CONTACTS, i));
      List<PlannedCase> cases = support.cases(profile, history, health, risky, contacts.size(),
          streams.dice(Purpose.CASES, i));
      List<PlannedTask> tasks =
          touchpoints.tasks(profile, history, risky, streams.dice(Purpose.TASKS, i));
      plans.add(new AccountPlan(profile, history, health, adoption, risky, contacts, cases, tasks));
    }
    return new BookOfBusiness(today, team.members(), plans);
  }

  /** An exact share, drawn by shuffling, so small test books still have at-risk accounts. */
  private Set<Integer> pickAtRisk(List<AccountHistory> histories, LocalDate today) {
    List<Integer> current = new ArrayList<>();
    int customersToday = 0;
    for (int i = 0; i < histories.size(); i++) {
      AccountHistory history = histories.get(i);
      if (history.customer() && history.activeOn(today)) {
        customersToday++;
        if (DAYS.between(history.customerSince(), today) >= AT_RISK_MIN_TENURE_DAYS) {
          current.add(i);
        }
      }
    }
    streams.dice(Purpose.BOOK, 1).shuffle(current);
    int count = (int) Math.min(current.size(), Math.round(customersToday * AT_RISK_SHARE));
    return new HashSet<>(current.subList(0, count));
  }
}
