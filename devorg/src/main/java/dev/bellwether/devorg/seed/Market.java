package dev.bellwether.devorg.seed;

/** Where an account sits; decides its names, phone formats and which CSMs cover it. */
enum Market {
  NORTH_AMERICA("North America", 55),
  EMEA("EMEA", 25),
  KOREA("APAC", 8),
  JAPAN("APAC", 5),
  APAC_OTHER("APAC", 7);

  final String region;
  /** Relative share of the book. */
  final int weight;

  Market(String region, int weight) {
    this.region = region;
    this.weight = weight;
  }

  static double[] weights() {
    Market[] all = values();
    double[] weights = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      weights[i] = all[i].weight;
    }
    return weights;
  }
}
