package dev.bellwether.metrics.health;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The known key a misspelt one most likely meant, for "did you mean" hints. The YAML module has
 * the same rule; metrics depends on nothing, so it keeps its own small copy.
 */
final class ClosestKey {
  private ClosestKey() {
  }

  /** The known key closest to {@code written}, when within a quarter of its length (1 to 3 edits). */
  static Optional<String> to(String written, List<String> known) {
    String wanted = normalise(written);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wanted, normalise(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, wanted.length() / 4));
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Case, '-' and '_' do not count: "featureAdoption" means feature_adoption. */
  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  /** Optimal string alignment distance: a swap of neighbours ("nsp" for "nps") is one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
