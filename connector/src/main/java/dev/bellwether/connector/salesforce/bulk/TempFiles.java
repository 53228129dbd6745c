package dev.bellwether.connector.salesforce.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temp files for Bulk data; a disk that cannot hold them is a local failure, not the CRM's. */
final class TempFiles {
  private TempFiles() {}

  static Path create(String prefix) {
    try {
      return Files.createTempFile(prefix, ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temp file for Bulk API data", e);
    }
  }

  static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete Bulk API temp file " + file, e);
    }
  }
}
