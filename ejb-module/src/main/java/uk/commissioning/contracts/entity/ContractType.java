package uk.commissioning.contracts.entity;

/** How the provider is paid: a fixed block, per unit delivered (spot purchase), for outcomes, or a grant agreement. */
public enum ContractType {
    BLOCK,
    UNIT_COST,
    OUTCOME_BASED,
    GRANT_AGREEMENT
}
