/**
 * Demand: referrals and referral counts from link workers' case-management systems. The feature is split by
 * capability: {@code imports} takes files in (a restartable Jakarta Batch job in {@code imports.batch}; NHS numbers are
 * replaced by keyed hashes before anything is staged), {@code matching} sets demand against contracted capacity by
 * quarter, area and need, {@code outcomes} summarises wellbeing scores. What they share (a period, a referral's need
 * bits, what is held) is in {@code demand.control}; capabilities depend on it, never on each other's internals.
 */
package uk.commissioning.demand;
