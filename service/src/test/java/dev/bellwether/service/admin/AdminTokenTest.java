package dev.bellwether.service.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {
  @TempDir
  Path data;

  @Test
  void environmentVariableWinsAndNoFileIsWritten() throws Exception {
    AdminToken token = AdminToken.resolve(Map.of(AdminToken.ENV, " from-env \n"), data);

    assertEquals("from-env", token.value());
    assertEquals("environment variable " + AdminToken.ENV, token.source());
    assertFalse(Files.exists(data.resolve(AdminToken.FILE_NAME)));
  }

  @Test
  void generatedTokenIsKeptOwnerOnlyAndReusedAfterwards() throws Exception {
    AdminToken first = AdminToken.resolve(Map.of(), data);

    Path file = data.resolve(AdminToken.FILE_NAME);
    assertTrue(first.generated());
    assertEquals(file.toString(), first.source());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(first.value().length() >= 40, "256 random bits");
    try (var left = Files.list(data)) {
      assertEquals(1, left.count(), "no temporary file is left behind");
    }
    AdminToken second = AdminToken.resolve(Map.of(), data);
    assertEquals(first.value(), second.value());
    assertFalse(second.generated());
  }

  @Test
  void tokenFileReadableByOthersIsMadeOwnerOnly() throws Exception {
    Path file = Files.writeString(data.resolve(AdminToken.FILE_NAME), "chosen-by-admin\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertEquals("chosen-by-admin", AdminToken.resolve(Map.of(), data).value());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void emptyTokenFileIsAnErrorNamingIt() throws Exception {
    Path file = Files.writeString(data.resolve(AdminToken.FILE_NAME), "  \n");

    IOException e = assertThrows(IOException.class, () -> AdminToken.resolve(Map.of(), data));

    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void neitherToStringNorTheSourceShowTheToken() throws Exception {
    AdminToken token = AdminToken.resolve(Map.of(), data);

    assertFalse(token.toString().contains(token.value()), token.toString());
    assertTrue(token.matches(token.value()));
    assertFalse(token.matches(token.value() + "x"));
    assertFalse(token.matches(null));
  }
}
