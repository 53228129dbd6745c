package dev.bellwether.devorg.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Customer Success team the seed creates: one director and eight CSMs.
 *
 * <p>The team is the same for every seed number, so demo scripts and docs can name people
 * ("open Maria Kim's renewals"); which accounts each CSM owns still varies with the seed.
 */
final class CsTeam {
  static final String CSM_TITLE = "Customer Success Manager";
  static final String MANAGER_TITLE = "Director, Customer Success";
  private static final String DOMAIN = "@bellwether.devorg";

  private final List<TeamMember> members = List.of(
      manager("Elena", "Marsh", "elena.marsh", "emarsh", "America/New_York"),
      csm("Maria", "Kim", "maria.kim", "mkim", "America/Los_Angeles", Market.NORTH_AMERICA),
      csm("James", "Porter", "james.porter", "jporter", "America/New_York", Market.NORTH_AMERICA),
      csm("Priya", "Raman", "priya.raman", "praman", "America/Chicago", Market.NORTH_AMERICA),
      csm("Tom", "Becker", "tom.becker", "tbecker", "Europe/Berlin", Market.EMEA),
      csm("Aisha", "Bello", "aisha.bello", "abello", "Europe/London", Market.EMEA),
      korean("지훈", "박", "jihoon.park", "jpark", Market.KOREA, Market.JAPAN),
      korean("서연", "이", "seoyeon.lee", "slee", Market.KOREA, Market.JAPAN),
      csm("Minjun", "Choi", "minjun.choi", "mchoi", "Asia/Seoul", Market.APAC_OTHER));

  /** The manager first: the CSMs' ManagerId needs the manager's Id. */
  List<TeamMember> members() {
    return members;
  }

  /** Index into {@link #members()} of the CSM who owns a new account in {@code market}. */
  int ownerFor(Market market, Dice dice) {
    List<Integer> covering = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).markets().contains(market)) {
        covering.add(i);
      }
    }
    return dice.pick(covering);
  }

  private static TeamMember manager(
      String first, String last, String user, String alias, String timeZone) {
    return new TeamMember(first, last, user + DOMAIN, alias, MANAGER_TITLE, timeZone,
        "en_US", "en_US", Set.of());
  }

  private static TeamMember csm(
      String first, String last, String user, String alias, String timeZone, Market market) {
    return new TeamMember(first, last, user + DOMAIN, alias, CSM_TITLE, timeZone, "en_US",
        "en_US", Set.of(market));
  }

  private static TeamMember korean(
      String first, String last, String user, String alias, Market... markets) {
    return new TeamMember(first, last, user + DOMAIN, alias, CSM_TITLE, "Asia/Seoul", "ko_KR",
        "ko", Set.of(markets));
  }
}
