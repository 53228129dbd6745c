package dev.bellwether.service.canvas;

/**
 * A signed request refused, with why. The message is safe to log: it names the reason and the org
 * or time involved, never the consumer secret nor the envelope.
 */
public final class SignedRequestException extends Exception {

  /** Why a signed request was refused. */
  public enum Reason {
    /** Empty, too long, or not "signature.envelope". */
    MALFORMED,
    /** A part is not base64 in either alphabet, or the envelope is not a JSON object. */
    UNDECODABLE,
    /** A field the panel needs (org, user, issuedAt) is missing or of the wrong type. */
    MISSING_FIELD,
    /** The org is not registered with this service. */
    UNKNOWN_ORG,
    /** The algorithm is not HMACSHA256. */
    WRONG_ALGORITHM,
    /** The HMAC does not match: the signature or the envelope was altered, or the secret differs. */
    BAD_SIGNATURE,
    /** issuedAt is older than the allowed age. */
    EXPIRED,
    /** issuedAt is later than now plus the allowed clock skew. */
    ISSUED_IN_FUTURE
  }

  private final Reason reason;

  public SignedRequestException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
