package dev.bellwether.metrics.health;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of weighted measures that scores the accounts of some segments (domain.md, "Health
 * score"), e.g. Enterprise vs SMB. Build one from YAML through {@link ScorecardValidator}, which
 * reports every problem with its path; this constructor only guards the invariants.
 *
 * @param name the name shown beside a score, e.g. {@code Enterprise}
 * @param segments the account segments it applies to, matched ignoring case and surrounding blanks
 * @param isDefault whether it scores accounts whose segment no scorecard lists
 * @param measures the measures, each once, in the order written
 * @param bands where Yellow and Green start
 */
public record Scorecard(String name, List<String> segments, boolean isDefault, List<MeasureRule> measures,
    Bands bands) {

  public Scorecard {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a scorecard needs a name");
    }
    segments = segments.stream().map(String::strip).toList();
    measures = List.copyOf(measures);
    Objects.requireNonNull(bands, "bands");
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("scorecard " + name + " has no measure");
    }
    Set<MeasureKind> seen = EnumSet.noneOf(MeasureKind.class);
    for (MeasureRule rule : measures) {
      if (!seen.add(rule.measure())) {
        throw new IllegalArgumentException("scorecard " + name + " lists " + rule.measure().key() + " twice");
      }
    }
    if (!isDefault && segments.isEmpty()) {
      throw new IllegalArgumentException("scorecard " + name + " lists no segment and is not the default");
    }
  }

  /** Whether it lists {@code segment} (ignoring case and surrounding blanks). */
  public boolean appliesTo(String segment) {
    String wanted = normalised(segment);
    return !wanted.isEmpty() && segments.stream().anyMatch(s -> normalised(s).equals(wanted));
  }

  /** The rule of {@code measure}, or empty when this scorecard does not weigh it. */
  public Optional<MeasureRule> rule(MeasureKind measure) {
    return measures.stream().filter(r -> r.measure() == measure).findFirst();
  }

  static String normalised(String segment) {
    return segment == null ? "" : segment.strip().toLowerCase(Locale.ROOT);
  }
}
