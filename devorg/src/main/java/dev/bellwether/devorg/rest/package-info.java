/**
 * The Salesforce REST API of devorg (/services/data): discovery, limits, describe, sObject
 * records, replication feeds, SOQL queries with server-side cursors, and sObject collections.
 */
package dev.bellwether.devorg.rest;
