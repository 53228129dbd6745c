/**
 * The admin HTTP API: sync status, parked outbound records (and their retry), the conflict log and
 * a health check, served by {@link dev.bellwether.service.admin.AdminServer} (Jersey on Grizzly,
 * 127.0.0.1 by default, a bearer token on every {@code /admin/sync} call). What it reads and does is
 * {@link dev.bellwether.service.admin.SyncAdministration}, which the CLI's {@code sync status},
 * {@code sync parked}, {@code sync conflicts} and {@code sync retry-parked} share, so both print the
 * same JSON.
 */
package dev.bellwether.service.admin;
