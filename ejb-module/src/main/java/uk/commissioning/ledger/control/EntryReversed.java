package uk.commissioning.ledger.control;

import uk.commissioning.ledger.entity.JournalEntry;

/** Fired inside the reversing transaction, so the source document (e.g. a transfer) can record that it was reversed. */
public record EntryReversed(JournalEntry original, JournalEntry reversal, String actor) {
}
