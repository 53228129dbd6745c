/** Account movements over a period and the retention ratios built on them: logo retention, GRR, NRR, LTV. */
package dev.bellwether.metrics.retention;
