package dev.bellwether.store.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class TestDatabaseTest {

  @Test
  void unreachablePostgresAbortsTheTestWithTheUrlInTheMessage() throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&connectTimeout=2";
    try (TestDatabase db = TestDatabase.postgres(url)) {
      TestAbortedException e = assertThrows(TestAbortedException.class, db::config);

      assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
      assertTrue(e.getMessage().contains("SKIPPED"), e.getMessage());
    }
  }

  @Test
  void databaseNameIsReplacedAndParametersKept() {
    assertEquals("jdbc:postgresql://h:5432/bw_test_x?user=postgres",
        TestDatabase.withDatabase("jdbc:postgresql://h:5432/postgres?user=postgres", "bw_test_x"));
    assertEquals("jdbc:postgresql://h/bw_test_x", TestDatabase.withDatabase("jdbc:postgresql://h", "bw_test_x"));
  }
}
