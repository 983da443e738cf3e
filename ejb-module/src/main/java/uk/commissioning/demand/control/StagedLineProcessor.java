package uk.commissioning.demand.control;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** Applies the format's rules to each staged line: a row to write or a rejection to report, never an exception. */
@Dependent
@Named("stagedLineProcessor")
public class StagedLineProcessor implements ItemProcessor {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    JobContext job;

    @Inject
    ImportRecords records;

    @Inject
    DemandReferenceData referenceData;

    private StagedLineParser parser;

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            parser = parser();
        }
        StagedLine line = (StagedLine) item;
        try {
            return parser.parse(line.number(), line.text());
        } catch (IllegalArgumentException malformed) {
            return new StagedRow.Rejected(line.number(), java.util.List.of(new LineError("", malformed.getMessage())));
        }
    }

    private StagedLineParser parser() throws Exception {
        var record = records.byId(ImportJob.importId(job));
        String headerLine = ImportStaging.stagedHeader(Path.of(record.stagedFile()));
        ImportHeader header = ImportHeader.check(record.format(), CsvLine.parse(headerLine));
        return new StagedLineParser(header, referenceData.load(), LocalDate.now(UK));
    }
}
