/** What a metric answers: a value or the reason it has none, and exact ratios. */
package dev.bellwether.metrics.result;
