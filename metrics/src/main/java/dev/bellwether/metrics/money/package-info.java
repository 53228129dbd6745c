/** Amounts with their currency, and conversion into the org's corporate currency by a rate table. */
package dev.bellwether.metrics.money;
