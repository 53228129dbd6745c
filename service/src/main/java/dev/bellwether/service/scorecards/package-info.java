/**
 * Health scorecards as an org configures them: the YAML loader (problems as
 * {@code FILE:LINE: path: message}), the shipped defaults in {@code scorecards/default.yaml} and
 * {@link dev.bellwether.service.scorecards.ScorecardSource}, which gives the scoring job the org's
 * own scorecards or the defaults.
 */
package dev.bellwether.service.scorecards;
