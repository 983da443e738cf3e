/**
 * Payment runs (docs/PAYMENTS.md): approved claims collected per paying organisation into a payment file for the
 * finance system (APPROVED → SCHEDULED), the finance system's remittance marking them paid (SCHEDULED → PAID),
 * reclaims of overpayments (PAID → RECEIVABLE → COMMITTED), payment timeliness for board packs, and the payments in
 * the OCDS export (through contracts' {@code ContractTransactions}). Above claims, contracts, funding, ledger and
 * jobs; nothing below imports it.
 */
package uk.commissioning.payments;
