/**
 * Continuous sync on a cluster-safe scheduler (db-scheduler over the store's database): an inbound
 * poll and an outbox drain per org and object, and housekeeping, shared by every service instance
 * on the same database, each job on one instance at a time, taken over when its instance dies.
 */
package dev.bellwether.service.schedule;
