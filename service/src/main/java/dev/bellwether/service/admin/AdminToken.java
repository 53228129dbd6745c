package dev.bellwether.service.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer token the admin API asks for: the environment variable {@value #ENV} if set, else the
 * one kept in the data directory's {@value #FILE_NAME} file (owner-only), generated there on first
 * use. Its {@link #toString()} never shows it.
 *
 * @param value the token
 * @param source where it came from, for messages: the variable's name or the file's path
 * @param generated whether it was generated just now
 */
public record AdminToken(String value, String source, boolean generated) {
  /** The environment variable that sets the token. */
  public static final String ENV = "BELLWETHER_ADMIN_TOKEN";
  /** The file in the data directory that keeps a generated token. */
  public static final String FILE_NAME = "admin-token";

  private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final int RANDOM_BYTES = 32;

  public AdminToken {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the admin token from " + source + " is empty");
    }
    Objects.requireNonNull(source, "source");
  }

  /**
   * The token from the environment, else from (or generated into) the data directory.
   *
   * @throws IOException when the token file cannot be read or written; the message names it
   */
  public static AdminToken resolve(Map<String, String> env, Path dataDirectory) throws IOException {
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new AdminToken(fromEnv.strip(), "environment variable " + ENV, false);
    }
    Path file = dataDirectory.resolve(FILE_NAME);
    if (Files.exists(file)) {
      return read(file);
    }
    return generate(file);
  }

  /** Whether a presented token is this one, in time independent of where they differ. */
  public boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
        presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "AdminToken[from " + source + "]";
  }

  private static AdminToken read(Path file) throws IOException {
    restrictToOwner(file);
    String value;
    try {
      value = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IOException("cannot read the admin token file " + file + ": " + e.getMessage(), e);
    }
    if (value.isEmpty()) {
      throw new IOException("the admin token file " + file + " is empty; delete it to have a new token generated");
    }
    return new AdminToken(value, file.toString(), false);
  }

  /**
   * Writes a new random token to a private temporary file, then links it into place: the link fails
   * if another process created the file meanwhile, and then its token is the one used.
   */
  private static AdminToken generate(Path file) throws IOException {
    byte[] random = new byte[RANDOM_BYTES];
    new SecureRandom().nextBytes(random);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path temp = createPrivate(file.resolveSibling(FILE_NAME + ".tmp-" + ProcessHandle.current().pid()));
    boolean createdElsewhere = false;
    try {
      Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
      try {
        Files.createLink(file, temp);
      } catch (FileAlreadyExistsException e) {
        createdElsewhere = true;
      } catch (UnsupportedOperationException e) {
        Files.move(temp, file);
      }
    } catch (IOException e) {
      throw new IOException("cannot write the admin token file " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temp);
    }
    if (createdElsewhere) {
      return read(file);
    }
    LOG.info("Generated a new admin API token in {} (owner-only)", file);
    return new AdminToken(value, file.toString(), true);
  }

  private static Path createPrivate(Path path) throws IOException {
    Files.deleteIfExists(path);
    try {
      return Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      LOG.warn("The file system of {} has no POSIX permissions; protect the admin token file by other means", path);
      return Files.createFile(path);
    }
  }

  /** A token file others can read is tightened, not trusted as it is. */
  private static void restrictToOwner(Path file) throws IOException {
    try {
      Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
      if (!OWNER_ONLY.containsAll(now)) {
        LOG.warn("The admin token file {} was readable by others ({}); now owner-only", file,
            PosixFilePermissions.toString(now));
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (UnsupportedOperationException e) {
      // No POSIX permissions on this file system: nothing to tighten.
    }
  }
}
