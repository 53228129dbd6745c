/** Leading indicators of value: time to first value, onboarding completion and feature adoption. */
package dev.bellwether.metrics.adoption;
