package dev.bellwether.metrics.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small builders for labeled renewals: ids R1, R2, ... and accounts A1, A2, ... in call order. */
final class Renewals {

  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private final List<LabeledRenewal> built = new ArrayList<>();

  /** A renewal due {@code day} days after 1 January 2024, with features as name, value pairs. */
  Renewals add(int day, boolean churned, Object... nameValuePairs) {
    int n = built.size() + 1;
    built.add(LabeledRenewal.of("R" + n, "A" + n, FIRST_DAY.plusDays(day), features(nameValuePairs), churned));
    return this;
  }

  /** One renewal per value of {@code feature}, all due on day {@code day}. */
  Renewals withScores(String feature, boolean churned, double... values) {
    for (double v : values) {
      add(built.size(), churned, feature, v);
    }
    return this;
  }

  List<LabeledRenewal> list() {
    return List.copyOf(built);
  }

  static Map<String, Double> features(Object... nameValuePairs) {
    Map<String, Double> features = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      features.put((String) nameValuePairs[i], ((Number) nameValuePairs[i + 1]).doubleValue());
    }
    return features;
  }

  /**
   * A history where {@code signal} (0–100) alone decides: below 40 churns. Two noise features,
   * each missing for a fifth of the accounts, and random renewal dates over two years.
   */
  static List<LabeledRenewal> separable(long seed, int count) {
    Random random = new Random(seed);
    List<LabeledRenewal> renewals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double signal = random.nextDouble() * 100;
      Map<String, Double> features = new LinkedHashMap<>();
      features.put("signal", signal);
      for (String noise : List.of("noise_a", "noise_b")) {
        if (random.nextDouble() >= 0.2) {
          features.put(noise, random.nextDouble() * 100);
        }
      }
      renewals.add(
          LabeledRenewal.of("R" + i, "A" + i, FIRST_DAY.plusDays(random.nextInt(730)), features, signal < 40));
    }
    return renewals;
  }
}
