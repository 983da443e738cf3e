/**
 * Demand: referrals and referral counts from link workers' case-management systems, imported by a restartable
 * Jakarta Batch job (NHS numbers replaced by keyed hashes before anything is staged), and what commissioners make
 * of them: demand against contracted capacity, unfunded demand, micro-commissioning proposals and outcomes.
 */
package uk.commissioning.demand;
