/** Account attributes (segment, owner, customer-since date) and the dimensions metrics group by. */
package dev.bellwether.metrics.account;
