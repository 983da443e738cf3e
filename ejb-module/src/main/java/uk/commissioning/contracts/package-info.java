/**
 * Contracts and full cost recovery: what commissioners buy from VCSE organisations, and what it really costs them.
 * A contract's value is split across the funds that pay for it to the penny ({@code FundingSplit}) and paid by a
 * schedule coming to the same value ({@code PaymentSchedule}); activating it commits that money in the ledger, every
 * variation cites a decision and posts the change, and ending or terminating releases what is left. Only its
 * commissioners (or the lead provider, for its own subcontracts) may change a contract ({@code ContractAccess}).
 * The full cost of a service is its direct costs plus a share of each overhead pool, apportioned by a driver
 * (ACEVO / New Philanthropy Capital method); drivers that do not add up to the organisation's totals are an error,
 * never silently rescaled.
 */
package uk.commissioning.contracts;
