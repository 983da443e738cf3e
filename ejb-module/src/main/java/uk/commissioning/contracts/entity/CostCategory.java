package uk.commissioning.contracts.entity;

/** The direct cost lines of a full-cost-recovery budget: staff posts, and the non-staff costs a service incurs. */
public enum CostCategory {
    STAFF,
    TRAVEL,
    MATERIALS,
    VOLUNTEER_EXPENSES,
    TRAINING,
    SUPERVISION,
    EVALUATION,
    OTHER
}
