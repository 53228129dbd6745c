/**
 * The Salesforce adapter of the CRM port, one package per API surface: {@code soap} (WSC
 * partner API), {@code rest} (OkHttp: query, sObject collections), {@code bulk} (Bulk API 2.0),
 * {@code auth} (OAuth flows and session renewal), {@code budget} (the daily API budget),
 * {@code call} (retries and fault classes), {@code soql} (the escaping query builder),
 * {@code values} (wire text to typed values, namespace prefixes) and {@code config}.
 */
package dev.bellwether.connector.salesforce;
