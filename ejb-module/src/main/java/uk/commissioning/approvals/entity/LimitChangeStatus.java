package uk.commissioning.approvals.entity;

/** Where a proposed approval-limit change stands: PROPOSED until one decision ends it. */
public enum LimitChangeStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
