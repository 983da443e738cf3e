package uk.commissioning.funding.entity;

public enum FundStatus {
    OPEN,
    CLOSED
}
