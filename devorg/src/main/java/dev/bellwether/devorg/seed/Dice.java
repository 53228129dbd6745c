package dev.bellwether.devorg.seed;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices the seed makes, drawn from one reproducible {@link SplittableRandom}. */
final class Dice {
  private final SplittableRandom random;

  Dice(SplittableRandom random) {
    this.random = random;
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min >= max ? min : random.nextInt(min, max + 1);
  }

  /** A number from {@code min} (included) to {@code max} (excluded). */
  double between(double min, double max) {
    return min >= max ? min : random.nextDouble(min, max);
  }

  /** Money and head-counts spread over orders of magnitude, so small values are more common. */
  double logUniform(double min, double max) {
    return Math.exp(between(Math.log(min), Math.log(max)));
  }

  double gaussian() {
    return random.nextGaussian();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index chosen with the given relative weights. */
  int weightedIndex(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  <T> T weighted(List<T> items, double... weights) {
    return items.get(weightedIndex(weights));
  }

  /** Knuth's method: fine because the seed's means are small (a few cases a month). */
  int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      count++;
      product *= random.nextDouble();
    }
    return count;
  }

  /** Fisher-Yates, in place. */
  <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = items.get(i);
      items.set(i, items.get(j));
      items.set(j, swap);
    }
  }
}
