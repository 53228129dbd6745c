/**
 * The CRM port: the small contract sync and service use to talk to any CRM. Nothing here
 * knows Salesforce; the Salesforce adapter lives in {@code dev.bellwether.connector.salesforce}.
 */
package dev.bellwether.connector;
