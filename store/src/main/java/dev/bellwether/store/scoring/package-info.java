/**
 * Scoring results in the store: health snapshots (one per account per change), CSM band
 * overrides, churn risk per account, the org's churn model with its reports, and scoring runs.
 */
package dev.bellwether.store.scoring;
