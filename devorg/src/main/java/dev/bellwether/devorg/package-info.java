/** A local Salesforce-compatible org for demos and tests. */
package dev.bellwether.devorg;
