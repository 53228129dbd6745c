/**
 * Bellwether's own store: schema by Flyway migrations, H2 in a file by default and PostgreSQL in
 * production, and repositories. Every row carries the org id: one service serves many orgs and
 * never mixes them.
 */
package dev.bellwether.store;
