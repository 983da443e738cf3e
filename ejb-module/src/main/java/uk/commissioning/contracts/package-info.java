/**
 * Contracts and full cost recovery: what commissioners buy from VCSE organisations, and what it really costs them.
 * The full cost of a service is its direct costs plus a share of each overhead pool, apportioned by a driver
 * (ACEVO / New Philanthropy Capital method); drivers that do not add up to the organisation's totals are an error,
 * never silently rescaled.
 */
package uk.commissioning.contracts;
