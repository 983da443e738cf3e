package uk.commissioning.demand.imports.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.commissioning.demand.imports.control.BulkLoader;
import uk.commissioning.demand.imports.control.ChunkRows;
import uk.commissioning.demand.imports.control.DemandRowStore;
import uk.commissioning.demand.imports.control.DemandSettings;
import uk.commissioning.demand.imports.control.ImportJob;

/**
 * Writes each chunk behind the job's reading, so that reading and checking lines (the batch thread) and storing
 * rows (the database) run at the same time on a multi-core server.
 * <p>
 * On MySQL/MariaDB two chunks are written at once, each by a {@link BulkLoader} of its own: the second chunk's LOAD
 * DATA runs while the first finishes, so the database can use two cores too (bench/RESULTS.md). They still commit in
 * the order of the file: a chunk commits only after the one before it has, so the import's checkpoint
 * ({@code lines_done}) always ends at a chunk boundary with everything before it written. A chunk naming a referral
 * (or aggregate key) that a chunk still being written also names waits for that one to finish first: both
 * transactions would lock the row, and the later one, holding its locks while it waits to commit after the earlier,
 * would block it. Elsewhere (H2) one chunk is written at a time, through DemandRowStore.
 * <p>
 * A chunk that fails to write fails the step at the next chunk or at the end of the step, and a restart resumes after
 * the last chunk that committed, which the reader takes from the import's own checkpoint, not the runtime's. Memory
 * holds at most three chunks: two being written and one being read.
 */
@Dependent
@Named("demandRowWriter")
public class DemandRowWriter extends AbstractItemWriter {

    private static final int MYSQL_WRITERS = 2;

    @Inject
    @BatchProperty(name = ImportJob.IMPORT_ID)
    String importIdProperty;

    @Inject
    DemandRowStore store;

    @Inject
    DemandSettings settings;

    /** Threads of the step's own (the shared executor's pool may be busy, or too small for two waiting writers). */
    @Resource
    ManagedThreadFactory threads;

    private long importId;
    private final List<BulkLoader> loaders = new ArrayList<>();
    /** How many chunks may be written at once: one per loader, or one through DemandRowStore. */
    private int parallel;
    private ExecutorService writers;
    private final Deque<Writing> writing = new ArrayDeque<>();
    private long chunks;

    private record Writing(Future<?> done, ChunkRows chunk) {
    }

    @Override
    public void open(Serializable checkpoint) throws Exception {
        importId = ImportJob.importId(importIdProperty);
        for (int i = 0; i < MYSQL_WRITERS; i++) {
            var loader = settings.openBulkLoader();
            if (loader.isEmpty()) {
                break;
            }
            loaders.add(loader.get());
        }
        parallel = Math.max(1, loaders.size());
        writers = Executors.newFixedThreadPool(parallel, threads);
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        ChunkRows chunk = ChunkRows.of(importId, items);
        while (writing.size() >= parallel) {
            awaitOldest();
        }
        for (Writing earlier : List.copyOf(writing)) {
            if (earlier.chunk().sharesKeysWith(chunk)) {
                while (writing.contains(earlier)) {
                    awaitOldest();
                }
            }
        }
        // The chunk before this one, if it is still being written (one that has finished has committed: a failure
        // would have been thrown while waiting for it).
        Future<?> previous = writing.isEmpty() ? null : writing.peekLast().done();
        Future<?> done;
        if (loaders.isEmpty()) {
            done = writers.submit(() -> {
                store.write(chunk);
                return null;
            });
        } else {
            BulkLoader loader = loaders.get((int) (chunks % loaders.size()));
            done = writers.submit(() -> {
                loader.write(chunk, previous);
                return null;
            });
        }
        chunks++;
        writing.addLast(new Writing(done, chunk));
    }

    @Override
    public void close() throws Exception {
        try {
            while (!writing.isEmpty()) {
                awaitOldest();
            }
        } finally {
            if (writers != null) {
                // after a failure a write may still be running: let it end (it rolls back) before its connection closes
                writers.shutdownNow();
                writers.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            for (BulkLoader loader : loaders) {
                loader.close();
            }
        }
    }

    private void awaitOldest() throws Exception {
        Writing oldest = writing.pollFirst();
        try {
            oldest.done().get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
