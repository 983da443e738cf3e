package uk.commissioning.funding.entity;

/** The kinds of formal decision that authorise money movements in councils, the NHS and the GLA. */
public enum DecisionType {
    MAYORAL_DECISION,
    DIRECTOR_DECISION,
    ASSISTANT_DIRECTOR_DECISION,
    DELEGATED_OFFICER_DECISION,
    CABINET_DECISION,
    BOARD_RESOLUTION,
    SECTION_75_AGREEMENT,
    OTHER
}
