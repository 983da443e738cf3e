package uk.commissioning.demand.imports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import uk.commissioning.demand.imports.control.ImportJob;
import uk.commissioning.demand.imports.control.ImportRecords;
import uk.commissioning.demand.imports.control.StagedLine;
import uk.commissioning.demand.imports.control.UploadLines;

/**
 * Reads a staged file a line at a time, as bytes (the job checks most lines without decoding them:
 * PlainReferralLines). It resumes after the lines the import has committed ({@code lines_done}, written in the same
 * transaction as each chunk's rows), not after the batch runtime's own checkpoint, because
 * after a crash the runtime's repository may be gone while the application database still knows exactly where the
 * last committed chunk ended.
 */
@Dependent
@Named("stagedLineReader")
public class StagedLineReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = ImportJob.IMPORT_ID)
    String importIdProperty;

    @Inject
    ImportRecords records;

    private InputStream file;
    private UploadLines lines;
    private long lineNumber;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        var record = records.byId(ImportJob.importId(importIdProperty));
        file = Files.newInputStream(Path.of(record.stagedFile()));
        lines = new UploadLines(file);
        lines.next();
        lineNumber = 1;
        for (long done = record.linesDone(); done > 0 && lines.next(); done--) {
            lineNumber++;
        }
    }

    @Override
    public Object readItem() throws Exception {
        if (!lines.next()) {
            return null;
        }
        lineNumber++;
        return new StagedLine(lineNumber, Arrays.copyOfRange(lines.bytes(), lines.start(), lines.end()));
    }

    @Override
    public Serializable checkpointInfo() {
        return lineNumber;
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            file.close();
        }
    }
}
