package uk.commissioning.demand.imports.entity;

/** Where an import is: waiting for the batch runtime, reading rows, or finished one way or the other. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
