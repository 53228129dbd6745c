package dev.bellwether.service.admin;

/**
 * An admin request that cannot be served as asked: an unknown org, a record that is not parked, a
 * bad limit. Carries the HTTP status and a stable error code; the CLI prints the message.
 */
public final class AdminRequestException extends Exception {
  private final int status;
  private final String code;

  AdminRequestException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static AdminRequestException badRequest(String code, String message) {
    return new AdminRequestException(400, code, message);
  }

  static AdminRequestException notFound(String code, String message) {
    return new AdminRequestException(404, code, message);
  }

  /** The HTTP status: 400 or 404. */
  public int status() {
    return status;
  }

  /** The stable error code, e.g. {@code unknown_org} or {@code not_parked}. */
  public String code() {
    return code;
  }
}
