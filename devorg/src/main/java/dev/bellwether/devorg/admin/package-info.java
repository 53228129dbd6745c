/**
 * devorg's own control endpoints under /devorg/admin (faults, API budget, status, Canvas app
 * registration). They are not Salesforce APIs: they take an admin Bearer token and never count
 * against the API limit.
 */
package dev.bellwether.devorg.admin;
