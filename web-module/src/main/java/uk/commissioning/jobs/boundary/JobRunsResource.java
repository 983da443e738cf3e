package uk.commissioning.jobs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.jobs.control.JobRuns;
import uk.commissioning.jobs.entity.JobRun;
import uk.commissioning.jobs.entity.JobRunStep;

/**
 * Batch job runs as the application recorded them (docs/BATCH.md): status, exit status and the batch runtime's own
 * metrics per step. A run is visible to its organisation's people and to administrators; to anyone else it does not
 * exist, as with the work it belongs to.
 */
@Path("job-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job runs", description = "Runs of the batch jobs (demand imports, later payment runs and packs), with step metrics")
public class JobRunsResource {

    @Inject
    JobRuns runs;

    @Inject
    Caller caller;

    /** A step's counts are null until it ends (and stay null if its server stopped during it). */
    public record StepJson(String step, String status, String exitStatus, Long read, Long write, Long filter, Long readSkip,
                           Long processSkip, Long writeSkip, Long commit, Long rollback, Instant startedAt, Instant endedAt) {

        static StepJson of(JobRunStep s) {
            return new StepJson(s.stepName(), s.batchStatus().name(), s.exitStatus(), s.readCount(), s.writeCount(),
                    s.filterCount(), s.readSkipCount(), s.processSkipCount(), s.writeSkipCount(), s.commitCount(),
                    s.rollbackCount(), s.startedAt(), s.endedAt());
        }
    }

    public record JobRunJson(Long id, String job, String key, Long executionId, Long restartOf, String startedBy,
                             String status, String exitStatus, boolean ended, Instant createdAt, Instant startedAt,
                             Instant endedAt, List<StepJson> steps) {

        static JobRunJson of(JobRun r) {
            return new JobRunJson(r.id(), r.jobName(), r.businessKey(), r.executionId(), r.restartOf(), r.startedBy(),
                    r.batchStatus().name(), r.exitStatus(), r.hasEnded(), r.createdAt(), r.startedAt(), r.endedAt(),
                    r.steps().stream().map(StepJson::of).toList());
        }
    }

    @GET
    @Operation(summary = "Runs for one piece of work, newest first (key such as demand-import:42), or the 50 most recent")
    public List<JobRunJson> find(@Parameter(example = "demand-import:42") @QueryParam("key") String key) {
        Viewer viewer = caller.viewer();
        List<JobRun> found = key == null || key.isBlank() ? runs.recent(viewer, 50) : runs.byKey(key.strip(), viewer);
        return found.stream().map(JobRunJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run: batch and exit status, and each step's read/write/filter/skip/commit/rollback counts")
    public JobRunJson one(@PathParam("id") Long id) {
        return JobRunJson.of(runs.get(id, caller.viewer()));
    }
}
