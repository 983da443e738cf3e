package uk.commissioning.contracts.entity;

/** What a contract variation changed; END and TERMINATION close the contract and release the rest of the commitment. */
public enum VariationKind {
    VALUE,
    PERIOD,
    SERVICES,
    SCHEDULE,
    MIXED,
    END,
    TERMINATION;

    /** A variation changing more than one of value, period and services is MIXED; one changing none only reschedules. */
    public static VariationKind forChanges(boolean value, boolean period, boolean services) {
        int changes = (value ? 1 : 0) + (period ? 1 : 0) + (services ? 1 : 0);
        if (changes > 1) {
            return MIXED;
        }
        return value ? VALUE : period ? PERIOD : services ? SERVICES : SCHEDULE;
    }
}
