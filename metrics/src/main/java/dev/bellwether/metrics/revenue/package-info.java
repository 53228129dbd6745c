/** Contracts and the revenue they carry: ACV, ARR, MRR and ARPA. */
package dev.bellwether.metrics.revenue;
