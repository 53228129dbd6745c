/**
 * The Account page panel: {@code POST /canvas/account} takes the CRM's signed request, opens a
 * panel session and renders the account from the store; {@code GET /canvas/account/view} renders
 * it again from a session token; {@code GET /canvas/assets/css/...} serves the panel's CSS.
 */
package dev.bellwether.service.panels.account;
