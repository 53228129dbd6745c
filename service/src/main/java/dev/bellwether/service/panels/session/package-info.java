/**
 * Panel sessions: after a verified signed request, a signed expiring token scoped to (org, user,
 * record, language, locale) that the panel carries in its links and forms, since browsers block
 * third-party cookies inside the CRM's iframe; and the per-session CSRF token every panel form
 * must send back.
 */
package dev.bellwether.service.panels.session;
