/**
 * The {@code bellwether} command line: {@code sync} (continuous, on the scheduler) and
 * {@code sync --once}, {@code sync status}, the admin views ({@code sync parked},
 * {@code sync retry-parked}, {@code sync conflicts}) and {@code admin serve}.
 * Each command resolves its settings ({@link dev.bellwether.service.cli.CliSettings}), wires the
 * engine and prints; exit codes are 0 ok, 1 sync errors, 2 usage or configuration errors.
 */
package dev.bellwether.service.cli;
