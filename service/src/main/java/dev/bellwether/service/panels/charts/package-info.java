/**
 * Inline SVG charts built in Java as {@link dev.bellwether.service.panels.render.SafeHtml}: only
 * validated numbers and escaped labels go in, no script, no external request, so a panel draws its
 * trends without JavaScript and within its Content-Security-Policy.
 */
package dev.bellwether.service.panels.charts;
