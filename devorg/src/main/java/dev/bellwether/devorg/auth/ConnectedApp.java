package dev.bellwether.devorg.auth;

/**
 * An OAuth client. canvasUrl is set for Canvas apps (signed request POSTed there);
 * certificatePem for the JWT bearer flow.
 */
public record ConnectedApp(String name, String clientId, String clientSecret, String canvasUrl,
    String certificatePem) {}
