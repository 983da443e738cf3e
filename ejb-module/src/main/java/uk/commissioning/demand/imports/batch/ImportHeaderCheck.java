package uk.commissioning.demand.imports.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.commissioning.demand.imports.control.CsvLine;
import uk.commissioning.demand.imports.control.ImportHeader;
import uk.commissioning.demand.imports.control.ImportJob;
import uk.commissioning.demand.imports.control.ImportRecords;
import uk.commissioning.demand.imports.control.ImportStaging;
import uk.commissioning.demand.imports.control.LineError;

/** The job's first step: a header with any fault rejects the whole file before a single row is written. */
@Dependent
@Named("importHeaderCheck")
public class ImportHeaderCheck extends AbstractBatchlet {

    static final String REJECTED = "REJECTED";

    @Inject
    @BatchProperty(name = ImportJob.IMPORT_ID)
    String importIdProperty;

    @Inject
    ImportRecords records;

    @Override
    public String process() throws Exception {
        long importId = ImportJob.importId(importIdProperty);
        var record = records.byId(importId);
        if (record.status().finished()) {
            return REJECTED;
        }
        if (record.stagedFile() == null || !Files.exists(Path.of(record.stagedFile()))) {
            records.fail(importId, "the staged file is missing; upload the file again");
            return REJECTED;
        }
        String headerLine = ImportStaging.stagedHeader(Path.of(record.stagedFile()));
        List<LineError> errors;
        if (headerLine == null || headerLine.isBlank()) {
            errors = List.of(new LineError("", "the file is empty: line 1 must be the header"));
        } else {
            try {
                errors = ImportHeader.check(record.format(), CsvLine.parse(headerLine)).errors();
            } catch (IllegalArgumentException malformed) {
                errors = List.of(new LineError("", "the header is not a CSV line: " + malformed.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            records.rejectHeader(importId, errors);
            return REJECTED;
        }
        return "VALID";
    }
}
