/**
 * Grants in the 360Giving Data Standard: other funders' published awards imported from their JSON or CSV files, kept
 * with every field they gave, and exported again as a 360Giving package. Historic facts, never ledger postings.
 */
package uk.commissioning.grants;
