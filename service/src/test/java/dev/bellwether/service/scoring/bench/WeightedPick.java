package dev.bellwether.service.scoring.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Draws list items with probability proportional to a weight (binary search over the running sums). */
final class WeightedPick<T> {
  private final List<T> items;
  private final double[] cumulative;

  WeightedPick(List<T> items, ToDoubleFunction<T> weight) {
    this.items = List.copyOf(items);
    this.cumulative = new double[this.items.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      double w = weight.applyAsDouble(this.items.get(i));
      if (w < 0 || Double.isNaN(w)) {
        throw new IllegalArgumentException("weight of " + this.items.get(i) + " is " + w);
      }
      sum += w;
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("no item has a positive weight among " + cumulative.length);
    }
  }

  double totalWeight() {
    return cumulative[cumulative.length - 1];
  }

  T next(SplittableRandom random) {
    double x = random.nextDouble() * totalWeight();
    int i = Arrays.binarySearch(cumulative, x);
    // Not found gives -(insertion point) - 1: the first running sum above x. Found means x sits on a
    // boundary, which belongs to the next item (skipping zero-weight ones with the same sum).
    int at = i < 0 ? -i - 1 : i + 1;
    while (at < cumulative.length - 1 && cumulative[at] == (at == 0 ? 0 : cumulative[at - 1])) {
      at++;
    }
    return items.get(Math.min(at, cumulative.length - 1));
  }
}
