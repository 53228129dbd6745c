/**
 * The {@code bellwether} command line: {@code sync --once} and {@code sync status}. Each command
 * resolves its settings ({@link dev.bellwether.service.cli.CliSettings}), wires the engine and
 * prints; exit codes are 0 ok, 1 sync errors, 2 usage or configuration errors.
 */
package dev.bellwether.service.cli;
