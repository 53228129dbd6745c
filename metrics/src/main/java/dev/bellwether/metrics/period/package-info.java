/** Calendar months, quarters and years, and where they begin and end in the org's time zone. */
package dev.bellwether.metrics.period;
