package dev.bellwether.metrics.account;

import java.util.function.Function;

/** The account attribute a metric is broken down by, beside the whole book. */
public enum GroupBy {
  SEGMENT(AccountProfile::segment),
  OWNER(AccountProfile::owner);

  /** The group of accounts whose attribute is blank. */
  public static final String UNASSIGNED = "(unassigned)";

  private final Function<AccountProfile, String> attribute;

  GroupBy(Function<AccountProfile, String> attribute) {
    this.attribute = attribute;
  }

  /** The group {@code profile} belongs to. */
  public String groupOf(AccountProfile profile) {
    String value = attribute.apply(profile);
    return value.isEmpty() ? UNASSIGNED : value;
  }

  /** Parses {@code segment} or {@code owner} (any case), naming the choices when it is neither. */
  public static GroupBy parse(String text) {
    for (GroupBy by : values()) {
      if (by.name().equalsIgnoreCase(text.strip())) {
        return by;
      }
    }
    throw new IllegalArgumentException("cannot group by '" + text + "'; use segment or owner");
  }
}
