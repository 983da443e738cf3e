package uk.commissioning.funding.entity;

/** Whether a contribution is new money, or existing money moved in (pooling often only moves existing budgets). */
public enum ContributionKind {
    NEW,
    REALLOCATED,
    UNDERSPEND
}
