package dev.bellwether.store.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * Runs a parameterized test once on H2 and once on PostgreSQL:
 * {@code @ParameterizedTest @ArgumentsSource(TestDatabases.class) void x(TestDatabase db)}. Each
 * invocation gets a fresh {@link TestDatabase}, created on first use and dropped by JUnit after the
 * invocation (arguments that are AutoCloseable are closed).
 */
public final class TestDatabases implements ArgumentsProvider {

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    return Stream.of(
        // Not wrapped in Named: JUnit only auto-closes arguments that are themselves AutoCloseable.
        // The display name comes from TestDatabase.toString().
        Arguments.of(TestDatabase.h2()),
        Arguments.of(TestDatabase.postgres()));
  }
}
