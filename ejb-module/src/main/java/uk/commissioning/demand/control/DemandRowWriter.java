package uk.commissioning.demand.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Writes each chunk behind the job's reading: while the database stores chunk n, the batch thread reads and checks
 * the lines of chunk n + 1, so a two-core server keeps both cores busy (the reading and checking take about as long as
 * the database's writing; bench/RESULTS.md). At most one chunk is being written at any time, so chunks commit in the
 * order of the file and memory holds two chunks at most.
 * <p>
 * Each chunk commits with its counters and checkpoint (DemandRowStore, or BulkLoader on MySQL/MariaDB). A chunk that
 * fails to write fails the step at the next chunk or at the end of the step, and a restart resumes after the last
 * chunk that committed, which the reader takes from the import's own checkpoint, not the runtime's.
 */
@Dependent
@Named("demandRowWriter")
public class DemandRowWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    DemandRowStore store;

    @Inject
    DemandSettings settings;

    @Resource
    ManagedExecutorService executor;

    private long importId;
    private BulkLoader bulkLoader;
    private Future<?> writing;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        importId = ImportJob.importId(job);
        bulkLoader = settings.openBulkLoader().orElse(null);
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        ChunkRows chunk = ChunkRows.of(importId, items);
        ReferralTsv.Encoded referrals = bulkLoader == null ? null : ReferralTsv.encode(chunk.referrals());
        awaitWriting();
        BulkLoader loader = bulkLoader;
        writing = executor.submit(() -> {
            if (loader != null) {
                loader.write(chunk, referrals);
            } else {
                store.write(chunk);
            }
            return null;
        });
    }

    @Override
    public void close() throws Exception {
        try {
            awaitWriting();
        } finally {
            if (bulkLoader != null) {
                bulkLoader.close();
            }
        }
    }

    private void awaitWriting() throws Exception {
        if (writing == null) {
            return;
        }
        Future<?> previous = writing;
        writing = null;
        try {
            previous.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
