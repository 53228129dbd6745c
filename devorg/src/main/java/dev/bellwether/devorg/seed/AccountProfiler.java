package dev.bellwether.devorg.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Decides each account's firmographics: name, segment, industry, location and owner. */
final class AccountProfiler {
  /** Share of accounts that have not bought yet: enough to fill a pipeline view. */
  static final double PROSPECT_SHARE = 0.05;
  private static final double[] SEGMENT_MIX = {0.15, 0.35, 0.50};

  private final RandomStreams streams;
  private final CsTeam team;
  private final Geography geography = new Geography();
  private final NameGenerator names = new NameGenerator();

  AccountProfiler(RandomStreams streams, CsTeam team) {
    this.streams = streams;
    this.team = team;
  }

  List<AccountProfile> profiles(int count) {
    List<Segment> segments = quotas(count);
    List<AccountProfile> profiles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      profiles.add(profile(i, segments.get(i), streams.dice(RandomStreams.Purpose.PROFILE, i)));
    }
    return profiles;
  }

  /**
   * Exact segment quotas, shuffled, rather than one roll per account: a 50-account test book
   * then still has its 7 or 8 Enterprise accounts.
   */
  private List<Segment> quotas(int count) {
    Segment[] order = {Segment.ENTERPRISE, Segment.MID_MARKET, Segment.SMB};
    List<Segment> segments = new ArrayList<>(count);
    for (int s = 0; s < order.length - 1; s++) {
      long quota = Math.round(count * SEGMENT_MIX[s]);
      for (int i = 0; i < quota && segments.size() < count; i++) {
        segments.add(order[s]);
      }
    }
    while (segments.size() < count) {
      segments.add(Segment.SMB);
    }
    streams.dice(RandomStreams.Purpose.BOOK, 0).shuffle(segments);
    return segments;
  }

  /** "BW-000123"; built by hand because Formatter is slow to warm up and called per account. */
  static String accountNumber(int number) {
    String digits = Integer.toString(number);
    return "BW-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
  }

  private AccountProfile profile(int index, Segment segment, Dice dice) {
    Industry industry = Industry.values()[dice.weightedIndex(Industry.weights())];
    Location location = geography.pick(dice);
    CompanyName company = names.company(industry, location, dice);
    int employees = (int) Math.round(dice.logUniform(segment.minEmployees, segment.maxEmployees));
    // Revenue per employee differs by industry and size; a spread of 120k-450k is believable.
    long revenue = Math.round(employees * dice.between(120_000.0, 450_000.0) / 10_000.0) * 10_000;
    boolean prospect = dice.chance(PROSPECT_SHARE);
    return new AccountProfile(
        index,
        accountNumber(index + 1),
        company,
        segment,
        industry,
        location,
        employees,
        BigDecimal.valueOf(revenue),
        location.phone(dice),
        dice.chance(0.2),
        dice.weighted(List.of("Hot", "Warm", "Cold"), 0.25, 0.5, 0.25),
        team.ownerFor(location.market(), dice),
        prospect);
  }
}
