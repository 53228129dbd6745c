/** Renewals and what they say: renewal rate by count and ARR, size change at renewal, continuation. */
package dev.bellwether.metrics.renewal;
