package uk.commissioning.contracts.entity;

/** What a contract variation changed; END and TERMINATION close the contract and release the rest of the commitment. */
public enum VariationKind {
    VALUE,
    PERIOD,
    SERVICES,
    SCHEDULE,
    MIXED,
    END,
    TERMINATION
}
