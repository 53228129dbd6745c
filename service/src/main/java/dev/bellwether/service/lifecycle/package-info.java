/**
 * Starting and stopping the parts of the running service together: the scheduler first, what runs
 * beside it (the admin HTTP server) after it, and the reverse on SIGTERM.
 */
package dev.bellwether.service.lifecycle;
