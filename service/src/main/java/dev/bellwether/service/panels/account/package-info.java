/**
 * The Account page panel: {@code POST /canvas/account} takes the CRM's signed request, opens a
 * panel session and renders the account from the store (health, renewal, churn risk, sentiment,
 * cases, usage; read by {@code AccountFactsReader}, shaped by one section class each);
 * {@code GET /canvas/account/view} renders it again and {@code GET /canvas/account/qbr} the
 * printable QBR summary, both from a session token; {@code GET /canvas/assets/css/...} serves the
 * CSS. A signed request naming {@code parameters.view = "manager"} gets the manager views.
 */
package dev.bellwether.service.panels.account;
