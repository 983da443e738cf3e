/**
 * Demo seeding for the embedded database only (never on MySQL unless DEMO_DATA=true): organisations, users, funds,
 * contracts and fictional referrals, created through the same controls as real input so that demo data obeys every
 * rule. Nothing else depends on this package.
 */
package uk.commissioning.demo;
