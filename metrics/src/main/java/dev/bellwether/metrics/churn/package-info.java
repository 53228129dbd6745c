/**
 * Why customers leave: the churn reason taxonomy (defaults and an admin's additions, each
 * controllable or not), churn by reason and segment with controllable shares and competitors,
 * and the churned accounts still missing a reason.
 */
package dev.bellwether.metrics.churn;
