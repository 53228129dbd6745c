package dev.bellwether.devorg.seed;

/** The default churn taxonomy, with how often each reason ends a seeded customer. */
enum ChurnReason {
  PRODUCT_GAPS("Product gaps or quality", true, 12),
  POOR_ONBOARDING("Poor onboarding or no adoption", true, 14),
  NO_VALUE("No value realised / ROI not proven", true, 16),
  PRICE("Price or budget", true, 14),
  CHAMPION_LEFT("Champion or sponsor left", true, 10),
  ACQUIRED("Acquired, merged or went out of business", false, 8),
  COMPETITOR("Moved to a competitor", true, 10),
  SUPPORT("Service or support experience", true, 6),
  STRATEGY_CHANGE("Strategy change at the customer", false, 6),
  BAD_FIT("Bad fit sold (wrong segment)", true, 4);

  final String label;
  /**
   * Uncontrollable churn (an acquisition, a change of strategy) comes without warning, so those
   * accounts keep healthy signals to the end: a real book has such churns and Bellwether must
   * not pretend to predict them.
   */
  final boolean controllable;
  final int weight;

  ChurnReason(String label, boolean controllable, int weight) {
    this.label = label;
    this.controllable = controllable;
    this.weight = weight;
  }

  static double[] weights() {
    ChurnReason[] all = values();
    double[] weights = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      weights[i] = all[i].weight;
    }
    return weights;
  }
}
