package uk.commissioning.funding.entity;

/** The funding models in the source reports (DOMAIN.md "How money flows"). */
public enum FundType {
    /** One funder; others only oversee (model 1). */
    SINGLE_COMMISSIONER_BUDGET,
    /** Each partner funds its own part of a connected scheme (model 2). */
    COMPLEMENTARY_COMMISSIONING,
    /** Several partners, one un-earmarked pot with a host, a pool manager and risk shares (model 3, Section 75). */
    POOLED_FUND,
    GRANT_PROGRAMME_POT,
    MICRO_COMMISSIONING_POT,
    SPOT_PURCHASE_POT;

    public boolean isPooled() {
        return this == POOLED_FUND;
    }
}
