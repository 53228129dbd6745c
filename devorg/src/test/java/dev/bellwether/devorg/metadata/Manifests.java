package dev.bellwether.devorg.metadata;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's manifests/ folder from the test's working directory. */
final class Manifests {
  private Manifests() {}

  /** ../manifests from the devorg module (Maven's working dir), or ./manifests from the root. */
  static Path dir() {
    for (Path candidate : new Path[] {Path.of("..", "manifests"), Path.of("manifests")}) {
      if (Files.isRegularFile(candidate.resolve("sfdx-project.json"))) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("no manifests/ with sfdx-project.json near "
        + Path.of("").toAbsolutePath());
  }
}
