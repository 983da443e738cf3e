package uk.commissioning.demand.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Hands each chunk to {@link DemandRowStore}, which writes it with the import's counters and checkpoint. */
@Dependent
@Named("demandRowWriter")
public class DemandRowWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    DemandRowStore store;

    private long importId;

    @Override
    public void open(Serializable checkpoint) {
        importId = ImportJob.importId(job);
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        store.write(importId, items);
    }
}
