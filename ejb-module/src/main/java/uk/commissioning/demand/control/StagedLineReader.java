package uk.commissioning.demand.control;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a staged file a line at a time. It resumes after the lines the import has committed ({@code lines_done},
 * written in the same transaction as each chunk's rows), not after the batch runtime's own checkpoint, because
 * after a crash the runtime's repository may be gone while the application database still knows exactly where the
 * last committed chunk ended.
 */
@Dependent
@Named("stagedLineReader")
public class StagedLineReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ImportRecords records;

    private BufferedReader reader;
    private long lineNumber;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        var record = records.byId(ImportJob.importId(job));
        reader = Files.newBufferedReader(Path.of(record.stagedFile()), StandardCharsets.UTF_8);
        reader.readLine();
        lineNumber = 1;
        for (long done = record.linesDone(); done > 0 && reader.readLine() != null; done--) {
            lineNumber++;
        }
    }

    @Override
    public Object readItem() throws Exception {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        lineNumber++;
        return new StagedLine(lineNumber, line);
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNumber;
    }

    @Override
    public void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
