/**
 * Rendering panels: Velocity templates from the ui-templates module with every reference
 * HTML-escaped by {@link dev.bellwether.service.panels.render.HtmlEscapingInsertion} (only
 * {@link dev.bellwether.service.panels.render.SafeHtml} built in Java passes as is), texts in the
 * user's language ({@link dev.bellwether.service.panels.render.Messages}), numbers and dates in the
 * user's locale ({@link dev.bellwether.service.panels.render.UserFormats}) and the
 * Content-Security-Policy of every panel response.
 */
package dev.bellwether.service.panels.render;
