/**
 * Renewals and what they say: renewal rate by count and ARR, size change at renewal,
 * continuation; and for each open renewal its status from the CRM, its system likelihood and
 * risk level, the forecast category it starts with, and the reminders due before its date.
 */
package dev.bellwether.metrics.renewal;
