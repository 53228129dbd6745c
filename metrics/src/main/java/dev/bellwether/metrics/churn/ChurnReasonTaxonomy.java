package dev.bellwether.metrics.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The churn reasons an org uses: the defaults of {@link ChurnReasonCode}, then the reasons its
 * admins added to the picklist, each with its controllable flag, in that order.
 */
public final class ChurnReasonTaxonomy {
  private final List<ChurnReason> reasons;

  private ChurnReasonTaxonomy(List<ChurnReason> reasons) {
    this.reasons = List.copyOf(reasons);
  }

  /** The ten default reasons. */
  public static ChurnReasonTaxonomy defaults() {
    return withExtras(List.of());
  }

  /**
   * The defaults plus {@code extras}.
   *
   * @throws IllegalArgumentException when an extra repeats a default or another extra (picklist
   *     values are unique whatever their case)
   */
  public static ChurnReasonTaxonomy withExtras(Collection<ChurnReason> extras) {
    List<ChurnReason> all = new ArrayList<>(
        Arrays.stream(ChurnReasonCode.values()).map(ChurnReasonCode::reason).toList());
    for (ChurnReason extra : extras) {
      for (ChurnReason known : all) {
        if (known.picklistValue().equalsIgnoreCase(extra.picklistValue())) {
          throw new IllegalArgumentException("extra churn reason '" + extra.picklistValue()
              + "' repeats '" + known.picklistValue() + "', already in the taxonomy");
        }
      }
      all.add(extra);
    }
    return new ChurnReasonTaxonomy(all);
  }

  /** Every reason, defaults first, in picklist order. */
  public List<ChurnReason> reasons() {
    return reasons;
  }

  /**
   * The reason with this picklist value (surrounding spaces and case ignored).
   *
   * @throws IllegalArgumentException naming the value and the reasons the taxonomy has
   */
  public ChurnReason reason(String picklistValue) {
    String wanted = picklistValue.strip();
    for (ChurnReason reason : reasons) {
      if (reason.picklistValue().equalsIgnoreCase(wanted)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("'" + picklistValue + "' is not a churn reason of this org"
        + " (CS_Churn_Reason__c.Primary_Reason__c); known reasons: " + names(reasons));
  }

  /** Whether {@code reason} is one of this taxonomy's, with the same controllable flag. */
  public boolean contains(ChurnReason reason) {
    return reasons.contains(reason);
  }

  static String names(Collection<ChurnReason> reasons) {
    return reasons.stream().map(r -> "'" + r.picklistValue() + "'").collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "ChurnReasonTaxonomy" + reasons;
  }
}
