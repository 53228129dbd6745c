/**
 * The panels embedded in the CRM through Canvas: {@link dev.bellwether.service.panels.PanelEndpoints}
 * builds them from the {@code canvas:} settings and registers their Jersey resources on the
 * service's HTTP server; {@code account} serves the Account page panel, {@code session} carries who
 * is looking from request to request, {@code render} turns templates into pages.
 */
package dev.bellwether.service.panels;
