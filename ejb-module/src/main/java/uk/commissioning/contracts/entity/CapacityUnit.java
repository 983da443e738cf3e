package uk.commissioning.contracts.entity;

/** What a service counts its capacity in. */
public enum CapacityUnit {
    PLACES,
    SESSIONS,
    REFERRALS
}
