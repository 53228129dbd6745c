package dev.bellwether.connector.testing;

import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.salesforce.SalesforceConnector;
import dev.bellwether.connector.salesforce.SalesforceConnectors;
import dev.bellwether.connector.salesforce.config.AuthMethod;
import dev.bellwether.connector.salesforce.config.AuthSettings;
import dev.bellwether.connector.salesforce.config.BudgetSettings;
import dev.bellwether.connector.salesforce.config.RetrySettings;
import dev.bellwether.connector.salesforce.config.SalesforceConfig;
import dev.bellwether.connector.salesforce.config.SecretRef;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Builds the real connector against a {@link TestDevOrg}, with quick retries for tests. */
public final class ConnectorFixture {
  /** Backoff fast enough for tests, with the production shape (exponential, jitter, cap). */
  public static final RetrySettings QUICK_RETRY = new RetrySettings(10, Duration.ofMillis(5),
      Duration.ofMillis(100), 0.25, Duration.ofMillis(200));

  private ConnectorFixture() {
  }

  /** Client credentials of devorg's CLI app: the OAuth flow a server integration would use. */
  public static SalesforceConfig.Builder config(TestDevOrg devorg) {
    return SalesforceConfig.builder()
        .loginUrl(devorg.url())
        .auth(new AuthSettings(AuthMethod.PASSWORD, TestDevOrg.CLIENT_ID, null, TestDevOrg.USERNAME,
            SecretRef.parse("env:BW_TEST_PASSWORD"), null, null))
        .retry(QUICK_RETRY)
        .budget(new BudgetSettings(1.0, 4))
        .readTimeout(Duration.ofSeconds(30));
  }

  public static SalesforceConnector connect(SalesforceConfig config, Clock clock) throws CrmException {
    return SalesforceConnectors.create(config, Map.of("BW_TEST_PASSWORD", TestDevOrg.PASSWORD), clock);
  }

  public static SalesforceConnector connect(TestDevOrg devorg) throws CrmException {
    return connect(config(devorg).build(), Clock.systemUTC());
  }
}
