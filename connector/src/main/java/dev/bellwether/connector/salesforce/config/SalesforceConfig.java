package dev.bellwether.connector.salesforce.config;

import java.net.URI;
import java.time.Duration;

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
}
