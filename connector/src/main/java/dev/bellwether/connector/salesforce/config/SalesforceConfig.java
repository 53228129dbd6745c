package dev.bellwether.connector.salesforce.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the Salesforce adapter needs, validated when loaded ({@link SalesforceConfigLoader}).
 *
 * @param instanceUrl the org's own URL; null to take it from the OAuth token response
 * @param loginUrl where OAuth and SOAP login go (https://login.salesforce.com, a My Domain, devorg)
 * @param apiVersion e.g. "64.0"
 * @param auth how to authenticate
 * @param namespace the managed package's namespace prefix without "__" (e.g. "bw"), or "" for none
 * @param budget how much of the org's API capacity to use
 * @param retry backoff for retryable failures
 * @param connectTimeout TCP connect timeout
 * @param readTimeout the longest wait for a response
 * @param bulkThreshold record count above which reads and writes go through Bulk API 2.0
 * @param describeTtl how long a describe is trusted before it is fetched again
 */
public record SalesforceConfig(URI instanceUrl, URI loginUrl, String apiVersion, AuthSettings auth,
    String namespace, BudgetSettings budget, RetrySettings retry, Duration connectTimeout,
    Duration readTimeout, int bulkThreshold, Duration describeTtl) {

  public static final String DEFAULT_API_VERSION = "64.0";
  public static final URI DEFAULT_LOGIN_URL = URI.create("https://login.salesforce.com");
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);
  public static final int DEFAULT_BULK_THRESHOLD = 2000;
  public static final Duration DEFAULT_DESCRIBE_TTL = Duration.ofHours(1);

  /** A builder holding every default; only the auth settings have none. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults with the given credentials: what "no configuration file" means. */
  public static SalesforceConfig defaults(AuthSettings auth) {
    return builder().auth(auth).build();
  }

  /** A builder starting from this configuration, to change a few values (mostly in tests). */
  public Builder toBuilder() {
    return new Builder().instanceUrl(instanceUrl).loginUrl(loginUrl).apiVersion(apiVersion).auth(auth)
        .namespace(namespace).budget(budget).retry(retry).connectTimeout(connectTimeout)
        .readTimeout(readTimeout).bulkThreshold(bulkThreshold).describeTtl(describeTtl);
  }

  /** Builds a {@link SalesforceConfig}; unset values keep the defaults documented on each setter. */
  public static final class Builder {
    private URI instanceUrl;
    private URI loginUrl = DEFAULT_LOGIN_URL;
    private String apiVersion = DEFAULT_API_VERSION;
    private AuthSettings auth;
    private String namespace = "";
    private BudgetSettings budget = BudgetSettings.DEFAULT;
    private RetrySettings retry = RetrySettings.DEFAULT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private int bulkThreshold = DEFAULT_BULK_THRESHOLD;
    private Duration describeTtl = DEFAULT_DESCRIBE_TTL;

    private Builder() {
    }

    /** Default null: taken from the token response. */
    public Builder instanceUrl(URI v) {
      instanceUrl = v;
      return this;
    }

    /** Default https://login.salesforce.com. */
    public Builder loginUrl(URI v) {
      loginUrl = v;
      return this;
    }

    /** Default 64.0, the last version with SOAP login(). */
    public Builder apiVersion(String v) {
      apiVersion = v;
      return this;
    }

    /** No default: the connector cannot guess credentials. */
    public Builder auth(AuthSettings v) {
      auth = v;
      return this;
    }

    /** Default "" (no managed package namespace). */
    public Builder namespace(String v) {
      namespace = v;
      return this;
    }

    /** Default {@link BudgetSettings#DEFAULT}. */
    public Builder budget(BudgetSettings v) {
      budget = v;
      return this;
    }

    /** Default {@link RetrySettings#DEFAULT}. */
    public Builder retry(RetrySettings v) {
      retry = v;
      return this;
    }

    /** Default 10 s. */
    public Builder connectTimeout(Duration v) {
      connectTimeout = v;
      return this;
    }

    /** Default 120 s. */
    public Builder readTimeout(Duration v) {
      readTimeout = v;
      return this;
    }

    /** Default 2000 records. */
    public Builder bulkThreshold(int v) {
      bulkThreshold = v;
      return this;
    }

    /** Default 1 h. */
    public Builder describeTtl(Duration v) {
      describeTtl = v;
      return this;
    }

    public SalesforceConfig build() {
      return new SalesforceConfig(instanceUrl, Objects.requireNonNull(loginUrl, "loginUrl"),
          Objects.requireNonNull(apiVersion, "apiVersion"), auth, namespace == null ? "" : namespace,
          Objects.requireNonNull(budget, "budget"), Objects.requireNonNull(retry, "retry"),
          Objects.requireNonNull(connectTimeout, "connectTimeout"),
          Objects.requireNonNull(readTimeout, "readTimeout"), bulkThreshold,
          Objects.requireNonNull(describeTtl, "describeTtl"));
    }
  }
}
