/**
 * Money: exact decimal amounts with an ISO currency. Never floating point; never two currencies in one sum.
 * Stored as {@code DECIMAL(19,2)} plus a {@code CHAR(3)} currency column.
 */
package uk.commissioning.money;
