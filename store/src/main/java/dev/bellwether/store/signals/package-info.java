/**
 * Outside signals: product usage (single events, weekly rollups, onboarding milestones), survey
 * answers (NPS, CSAT) and invoices. Written in batches that skip lines already stored (each line is
 * known by its id), read back as per-account aggregates computed in SQL for a scoring day and a
 * window, streamed to a callback so millions of rows never enter the heap.
 */
package dev.bellwether.store.signals;
