/**
 * The kill -9 reliability suite of issue 4 ({@link dev.bellwether.service.reliability.KillNineReliabilityTest}):
 * {@code bellwether sync --once} as a separate process, killed with SIGKILL at random points of the
 * first load and of incremental syncs while devorg injects faults and people edit the CRM, then
 * held to devorg record by record. {@code -Dbw.kill.seed=N} replays a run; {@code -Dbw.kill.logs=DIR}
 * keeps every run's output (and an embedded store a run could not open) for a post-mortem.
 */
package dev.bellwether.service.reliability;
