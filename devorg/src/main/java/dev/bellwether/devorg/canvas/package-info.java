/**
 * The browser side of the org: login, frontdoor.jsp, Lightning-like home, list and record pages,
 * and Canvas apps embedded in record pages through a POSTed, HMAC-signed request.
 */
package dev.bellwether.devorg.canvas;
