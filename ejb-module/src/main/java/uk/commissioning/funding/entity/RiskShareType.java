package uk.commissioning.funding.entity;

/** FIXED: the partner bears its stated % of an overspend; VARIABLE: its share follows what it actually contributed. */
public enum RiskShareType {
    FIXED,
    VARIABLE
}
