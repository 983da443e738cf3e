package uk.commissioning.contracts.entity;

/** An instalment falls due on its date; a milestone is released only when its report has been accepted. */
public enum ScheduleKind {
    INSTALMENT,
    MILESTONE
}
