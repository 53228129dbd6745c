package dev.bellwether.connector.salesforce.bulk;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.rest.RestTransport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One CSV answer of the Bulk API saved to a temp file inside its single guarded GET, so a retry
 * after a broken download starts the file over and the rows never sit in memory.
 *
 * @param file the downloaded CSV; deleted by {@link #close()}
 * @param locator the Sforce-Locator header: the next results page, or null/"null" on the last
 * @param numberOfRecords the Sforce-NumberOfRecords header, or -1 when absent
 */
record CsvDownload(Path file, String locator, long numberOfRecords) implements AutoCloseable {

  /** GETs a path (from the instance root) into a new temp file. */
  static CsvDownload fetch(RestTransport rest, String what, String object, String path) throws CrmException {
    Path file = TempFiles.create("bellwether-bulk-download-");
    try {
      return rest.exchange(what, object, "GET", path, java.util.Map.of("Accept", "text/csv"), null, response -> {
        try (InputStream in = response.body().byteStream()) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return new CsvDownload(file, response.header("Sforce-Locator"),
            count(response.header("Sforce-NumberOfRecords")));
      });
    } catch (CrmException | RuntimeException e) {
      TempFiles.delete(file);
      throw e;
    }
  }

  /** True when Sforce-Locator names another results page. */
  boolean hasNextPage() {
    return locator != null && !locator.isBlank() && !"null".equals(locator);
  }

  @Override
  public void close() {
    TempFiles.delete(file);
  }

  private static long count(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1; // a count we cannot read is a count we do not check
    }
  }
}
