/**
 * Custom objects, custom fields and connected apps from Salesforce metadata: read from an SFDX
 * project (source format) or a Metadata API deploy zip, checked against the org's schema and
 * installed into it. The Metadata API endpoints that deploy such zips live in {@code deploy}.
 */
package dev.bellwether.devorg.metadata;
