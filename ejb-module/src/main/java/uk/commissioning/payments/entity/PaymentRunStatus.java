package uk.commissioning.payments.entity;

/** QUEUED (recorded, job asked to start) → RUNNING → COMPLETED | FAILED. Only a queued or running run blocks another. */
public enum PaymentRunStatus {
    QUEUED, RUNNING, COMPLETED, FAILED;

    public boolean isRunning() {
        return this == QUEUED || this == RUNNING;
    }
}
