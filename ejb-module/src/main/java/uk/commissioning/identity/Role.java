package uk.commissioning.identity;

/** What a user may do; every user also belongs to one organisation. */
public enum Role {
    COMMISSIONER,
    VCSE_FINANCE,
    BOARD_MEMBER,
    ADMIN
}
