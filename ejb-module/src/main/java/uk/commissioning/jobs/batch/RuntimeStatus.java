package uk.commissioning.jobs.batch;

import jakarta.batch.runtime.BatchStatus;

/**
 * The status a job or step ends with, as a listener can know it. The runtime calls {@code afterJob} and
 * {@code afterStep} before it moves the status to its final value (JBatch's JobThreadRootControllerImpl.endOfJob
 * and BaseStepControllerImpl.execute: STARTED becomes COMPLETED, STOPPING becomes STOPPED, and an exit status nobody
 * set becomes the batch status's name); a listener that recorded what it sees would record every job as STARTED.
 */
final class RuntimeStatus {

    private RuntimeStatus() {
    }

    static BatchStatus afterListeners(BatchStatus seen) {
        return switch (seen) {
            case STARTED -> BatchStatus.COMPLETED;
            case STOPPING -> BatchStatus.STOPPED;
            default -> seen;
        };
    }

    static String exitStatus(String set, BatchStatus status) {
        return set != null ? set : status.name();
    }
}
