package dev.bellwether.devorg.auth;

import java.time.Instant;

/** A logged-in session: the token doubles as the SOAP session id, as in Salesforce. */
public record Session(String token, String userId, String orgId, String clientId, Instant expiresAt) {}
