package uk.commissioning.funding.entity;

/** What an allocation earmarks money for; later capabilities link contracts, grant awards and pots. */
public enum AllocationTarget {
    PROCUREMENT,
    CONTRACT,
    GRANT_AWARD,
    POT,
    OTHER
}
