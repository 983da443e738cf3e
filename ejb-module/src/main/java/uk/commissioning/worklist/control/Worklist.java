package uk.commissioning.worklist.control;

import java.util.List;

/** A person's worklist: what only they (or people like them) can move on, and what they are waiting for others to do. */
public record Worklist(List<WorkItem> waitingForYou, List<WorkItem> youWaitFor) {

    public Worklist {
        waitingForYou = List.copyOf(waitingForYou);
        youWaitFor = List.copyOf(youWaitFor);
    }

    public boolean isEmpty() {
        return waitingForYou.isEmpty() && youWaitFor.isEmpty();
    }
}
