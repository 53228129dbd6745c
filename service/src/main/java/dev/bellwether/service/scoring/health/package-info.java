/**
 * The health stage of a scoring run: scores every account with its segment's scorecard, applies
 * CSM overrides, computes the 30-day trend and the explanation, and keeps a snapshot per change.
 */
package dev.bellwether.service.scoring.health;
