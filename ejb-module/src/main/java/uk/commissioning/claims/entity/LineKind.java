package uk.commissioning.claims.entity;

/**
 * What a claim line is for. UNIT_COST: units of one of the contract's services at the service's unit cost. COST: an
 * amount against a budget line, in words. MILESTONE: a milestone tranche of the payment schedule whose report was
 * accepted. INSTALMENT: an instalment of the payment schedule (a block contract's quarter), due by the claim's
 * quarter end.
 */
public enum LineKind {
    UNIT_COST,
    COST,
    MILESTONE,
    INSTALMENT;

    public boolean isScheduleLine() {
        return this == MILESTONE || this == INSTALMENT;
    }
}
