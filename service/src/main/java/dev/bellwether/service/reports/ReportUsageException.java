package dev.bellwether.service.reports;

/**
 * A report request that cannot be served as asked (a bad period, date, grouping or format, no org
 * to report on): the message names the parameter and what it accepts. The CLI exits with 2, the
 * admin API answers 400 with {@link #code()}.
 */
public final class ReportUsageException extends Exception {
  private final String code;

  public ReportUsageException(String code, String message) {
    super(message);
    this.code = code;
  }

  public ReportUsageException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** A stable error code, e.g. {@code bad_period}. */
  public String code() {
    return code;
  }
}
