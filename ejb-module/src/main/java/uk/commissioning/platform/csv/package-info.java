/**
 * The one way files for spreadsheets are written ({@link uk.commissioning.platform.csv.CsvWriter}): one quoting rule,
 * one newline, one encoding and one guard against formula injection for every export. Reading uploaded CSV is the
 * importer's own business (demand.imports.control.CsvLine).
 */
package uk.commissioning.platform.csv;
