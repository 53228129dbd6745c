package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.http.ApiException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV a client uploaded to an ingest job. It goes to a temp file, not the heap, so a job
 * near Salesforce's 150 MB limit costs disk rather than memory; each PUT is one part.
 */
final class JobData {
  /** Salesforce's limit on the data of one ingest job. */
  static final long MAX_BYTES = 150L * 1024 * 1024;

  /** One upload: where its bytes sit in the file. */
  record Part(long offset, long length) {}

  private final String jobId;
  private final List<Part> parts = new ArrayList<>();
  private Path file;
  private long size;

  JobData(String jobId) {
    this.jobId = jobId;
  }

  /** Appends one upload; returns its part, or null when the body was empty. */
  synchronized Part append(InputStream body) throws IOException {
    if (file == null) {
      file = Files.createTempFile("devorg-bulk-" + jobId + "-", ".csv");
    }
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
      byte[] buf = new byte[1 << 16];
      for (int n = body.read(buf); n >= 0; n = body.read(buf)) {
        written += n;
        if (size + written > MAX_BYTES) {
          throw new ApiException(400, "BULK_API_ERROR", "The data of job " + jobId
              + " would exceed the Bulk API 2.0 limit of 150 MB; split it over several jobs");
        }
        out.write(buf, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      // A refused or broken upload leaves no bytes behind: the next part starts at size.
      truncate(size);
      throw e;
    }
    if (written == 0) {
      return null;
    }
    Part part = new Part(size, written);
    parts.add(part);
    size += written;
    return part;
  }

  /** Forgets the last upload (its header did not match the first one). */
  synchronized void dropLast() throws IOException {
    Part last = parts.remove(parts.size() - 1);
    size = last.offset();
    truncate(size);
  }

  synchronized List<Part> parts() {
    return List.copyOf(parts);
  }

  /** The bytes of one part. */
  InputStream open(Part part) throws IOException {
    Path path;
    synchronized (this) {
      path = file;
    }
    SeekableByteChannel channel = Files.newByteChannel(path, StandardOpenOption.READ);
    channel.position(part.offset());
    return new Limited(Channels.newInputStream(channel), part.length());
  }

  /** Removes the temp file; the job no longer has data. */
  synchronized void delete() {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temp file is harmless; the OS temp cleaner will take it.
      }
      file = null;
      parts.clear();
    }
  }

  private void truncate(long length) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(length);
    }
  }

  /** Reads at most a part's length from the shared file. */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long length) {
      super(in);
      this.left = length;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, left));
      left -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(super.available(), left);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
