/**
 * Packs: the statements and board packs that commissioners and boards take away as documents. A document is filled
 * from typed records that the control classes build from the ledger (never from SQL inside a report design), and
 * shows only what the viewer could see on screen: its builders take the same {@code Viewer} as the positions they
 * read. The designs live in the {@code reports} module, one folder per report.
 */
package uk.commissioning.packs;
