/** A book of business as plain records, and every period metric over it, whole or by segment or owner. */
package dev.bellwether.metrics.book;
