package uk.commissioning.contracts.entity;

/** Whether a service takes referrals: matching counts only ACTIVE services' capacity. */
public enum ServiceStatus {
    ACTIVE,
    PAUSED,
    CLOSED
}
