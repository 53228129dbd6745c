package dev.bellwether.service.cli;

/** The CLI's exit codes, the same for every command. */
final class ExitCodes {
  static final int OK = 0;
  /** The command ran but some sync work failed; the status shows which. */
  static final int SYNC_ERRORS = 1;
  /** A usage or configuration error; the message names the option, file or key. */
  static final int USAGE = 2;

  private ExitCodes() {
  }
}
