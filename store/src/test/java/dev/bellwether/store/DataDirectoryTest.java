package dev.bellwether.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @TempDir
  Path work;

  @Test
  void explicitDataOptionWinsOverTheEnvironment() {
    DataDirectory dir = DataDirectory.resolve("from-flag", Map.of("BELLWETHER_DATA", "from-env"), work);

    assertEquals(work.resolve("from-flag"), dir.path());
    assertEquals("--data", dir.source());
    assertTrue(Files.isDirectory(dir.path()), "created");
  }

  @Test
  void environmentVariableIsUsedWhenNoOptionIsGiven() {
    Path absolute = work.resolve("abs/data");

    DataDirectory dir = DataDirectory.resolve(null, Map.of("BELLWETHER_DATA", absolute.toString()), work);

    assertEquals(absolute, dir.path());
    assertTrue(dir.source().contains("BELLWETHER_DATA"));
    assertTrue(Files.isDirectory(absolute));
  }

  @Test
  void defaultIsDotBellwetherInTheWorkingDirectory() {
    DataDirectory dir = DataDirectory.resolve(null, Map.of(), work);

    assertEquals(work.resolve(".bellwether"), dir.path());
    assertTrue(Files.isDirectory(dir.path()));
    assertEquals(work.resolve(".bellwether/bellwether"), dir.databaseFile());
  }

  @Test
  void blankValuesFallThroughToTheNextSource() {
    DataDirectory dir = DataDirectory.resolve(" ", Map.of("BELLWETHER_DATA", ""), work);

    assertEquals(work.resolve(".bellwether"), dir.path());
  }

  @Test
  void pathThatIsAFileIsAnErrorNamingItAndItsSource() throws Exception {
    Path file = Files.writeString(work.resolve("not-a-dir"), "x");

    StoreException e = assertThrows(StoreException.class,
        () -> DataDirectory.resolve(null, Map.of("BELLWETHER_DATA", file.toString()), work));

    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("BELLWETHER_DATA"), e.getMessage());
  }

  @Test
  void unwritableDirectoryIsAnErrorNamingItAndItsSource() throws Exception {
    // root can write anywhere, so the permission check cannot fail for it.
    assumeFalse("root".equals(System.getProperty("user.name")), "running as root: permissions not enforced");
    Path locked = Files.createDirectory(work.resolve("locked"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));

    StoreException e = assertThrows(StoreException.class,
        () -> DataDirectory.resolve(locked.resolve("data").toString(), Map.of(), work));

    assertTrue(e.getMessage().contains(locked.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("--data"), e.getMessage());
  }

  @Test
  void directoryThatCannotBeCreatedIsAnErrorNamingItAndItsSource() throws Exception {
    Path file = Files.writeString(work.resolve("plain-file"), "x");
    Path inside = file.resolve("data");

    StoreException e = assertThrows(StoreException.class,
        () -> DataDirectory.resolve(inside.toString(), Map.of(), work));

    assertTrue(e.getMessage().contains(inside.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("cannot be created"), e.getMessage());
    assertTrue(e.getMessage().contains("--data"), e.getMessage());
  }
}
