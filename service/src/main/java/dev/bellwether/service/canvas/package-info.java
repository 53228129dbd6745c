/**
 * Canvas signed requests: {@link dev.bellwether.service.canvas.SignedRequestVerifier} checks the
 * HMAC, algorithm, freshness and org of the {@code signed_request} the CRM POSTs into a panel's
 * iframe and yields a {@link dev.bellwether.service.canvas.CanvasContext}; the {@code canvas:}
 * section of bellwether.yaml ({@link dev.bellwether.service.canvas.CanvasConfigLoader}) says which
 * orgs are registered and where each consumer secret lives.
 */
package dev.bellwether.service.canvas;
