package uk.commissioning.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;

/**
 * Waits, with a deadline, for a batch job started through the API (e.g. by an upload, which answers with its
 * {@code jobRunsUrl}) to end, from its job-run record ({@code GET /api/job-runs?key=…}). The job's listeners write the
 * record after the job's last step, so the run's status, exit status and the batch runtime's own READ/WRITE/FILTER
 * counts per step are final when this returns; a feature's own status (an import's COMPLETED) may come earlier.
 */
final class BatchJobs {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Api api;
    private final String user;

    /** @param user who polls: someone who may see the runs (their organisation's, or an administrator) */
    BatchJobs(Api api, String user) {
        this.api = api;
        this.user = user;
    }

    /** Waits until the newest run at the URL (a {@code /api/job-runs?key=…} list) has ended; fails at the deadline. */
    JsonObject awaitEnded(String runsUrl, Duration deadline) {
        String path = runsUrl.startsWith("/") ? runsUrl.substring(1) : runsUrl;
        long end = System.nanoTime() + deadline.toNanos();
        JsonArray seen = null;
        while (true) {
            seen = api.get(user, path).expect(200).array();
            if (!seen.isEmpty() && seen.getJsonObject(0).getBoolean("ended")) {
                return seen.getJsonObject(0);
            }
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("no run at " + runsUrl + " ended within " + deadline + ": " + seen);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every run at the URL, newest first. */
    JsonArray runs(String runsUrl) {
        return api.get(user, runsUrl.startsWith("/") ? runsUrl.substring(1) : runsUrl).expect(200).array();
    }

    /** A step of a run by its id in the job XML. */
    static JsonObject step(JsonObject run, String name) {
        return run.getJsonArray("steps").stream().map(JsonValue::asJsonObject).filter(s -> s.getString("step").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("run " + run.get("id") + " has no step " + name + ": " + run));
    }

    /** A count of a step: read, write, filter, readSkip, processSkip, writeSkip, commit or rollback. */
    static long count(JsonObject step, String metric) {
        if (!step.containsKey(metric) || step.isNull(metric)) {
            throw new AssertionError("step " + step.getString("step") + " has no " + metric + " count: " + step);
        }
        return step.getJsonNumber(metric).longValue();
    }
}
