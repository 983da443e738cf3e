/**
 * Matching: demand against what the contracts buy, by quarter, ward or borough and need; unfunded demand, idle
 * capacity and link-worker coverage. Counts are people, never sessions; pure calculators under plain unit tests.
 */
package uk.commissioning.demand.matching;
