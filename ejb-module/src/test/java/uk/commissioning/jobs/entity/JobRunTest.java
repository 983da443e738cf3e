package uk.commissioning.jobs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobRunTest {

    @Test
    void parametersComeBackAsTheyWereGivenForARestart() {
        Properties given = new Properties();
        given.setProperty("importId", "42");
        given.setProperty("chunkSize", "250");
        given.setProperty("odd key=:#!", " line one\nline two\\ £ ");
        JobRun run = new JobRun("demand-import", "demand-import:42", given, 7L, "dan.reeves", "server-run", null);
        assertEquals(given, run.parameters());
        run.parameters().setProperty("importId", "43");
        assertEquals("42", run.parameters().getProperty("importId"), "a copy each time");
        assertTrue(new JobRun("job", "key", null, null, "system", "server-run", null).parameters().isEmpty());
    }

    @Test
    void anInterruptedRunFailsWithItsUnfinishedStepAndKeepsTheStepsThatEnded() {
        JobRun run = new JobRun("demand-import", "demand-import:42", new Properties(), 7L, "dan.reeves", "server-run", null);
        assertFalse(run.hasEnded());
        run.started(3);
        run.stepStarted("header").ended(BatchStatus.COMPLETED, "VALID", Map.of(Metric.MetricType.READ_COUNT, 0L));
        run.stepStarted("rows");

        run.interrupted();

        assertTrue(run.hasEnded());
        assertEquals(BatchStatus.FAILED, run.batchStatus());
        assertEquals(JobRun.INTERRUPTED, run.exitStatus());
        JobRunStep header = run.step("header").orElseThrow();
        assertEquals(BatchStatus.COMPLETED, header.batchStatus());
        assertEquals("VALID", header.exitStatus());
        assertEquals(0L, header.readCount());
        JobRunStep rows = run.step("rows").orElseThrow();
        assertEquals(BatchStatus.FAILED, rows.batchStatus());
        assertEquals(JobRun.INTERRUPTED, rows.exitStatus());
        assertNull(rows.readCount(), "nobody knows how far the step got");
    }
}
