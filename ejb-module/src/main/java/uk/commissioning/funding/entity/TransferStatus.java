package uk.commissioning.funding.entity;

import java.util.Locale;

public enum TransferStatus {
    /** Created, awaiting a second person's approval; moves no money. */
    PENDING,
    APPROVED,
    /** Stopped by the approver's side, with a reason. */
    REJECTED,
    /** Taken back by its requester while pending. */
    WITHDRAWN,
    /** Approved, then corrected by a reversal entry. */
    REVERSED;

    /** "withdrawn", for sentences. */
    public String inWords() {
        return name().toLowerCase(Locale.UK);
    }
}
