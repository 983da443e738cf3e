package uk.commissioning.demand.imports.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.commissioning.demand.imports.control.CsvLine;
import uk.commissioning.demand.imports.control.DemandReferenceData;
import uk.commissioning.demand.imports.control.ImportHeader;
import uk.commissioning.demand.imports.control.ImportJob;
import uk.commissioning.demand.imports.control.ImportRecords;
import uk.commissioning.demand.imports.control.ImportStaging;
import uk.commissioning.demand.imports.control.LineError;
import uk.commissioning.demand.imports.control.PlainReferralLines;
import uk.commissioning.demand.imports.control.ReferenceData;
import uk.commissioning.demand.imports.control.ReferralTsv;
import uk.commissioning.demand.imports.control.StagedLine;
import uk.commissioning.demand.imports.control.StagedLineParser;
import uk.commissioning.demand.imports.control.StagedRow;

/**
 * Applies the format's rules to each staged line: a row to write or a rejection to report, never an exception. A
 * plain referral line is checked and written as its line of {@link ReferralTsv} text straight from its bytes
 * ({@link PlainReferralLines}); any other line goes to {@link StagedLineParser}, and a referral it accepts is turned
 * into its line of text at once, which is all the chunk keeps of it.
 */
@Dependent
@Named("stagedLineProcessor")
public class StagedLineProcessor implements ItemProcessor {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    @BatchProperty(name = ImportJob.IMPORT_ID)
    String importIdProperty;

    @Inject
    ImportRecords records;

    @Inject
    DemandReferenceData referenceData;

    private StagedLineParser parser;
    /** Null for an aggregate file. */
    private PlainReferralLines plainReferrals;
    private final ReferralTsv.Encoder encoder = new ReferralTsv.Encoder();

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            open();
        }
        StagedLine line = (StagedLine) item;
        try {
            if (plainReferrals != null) {
                StagedRow.ReferralLine plain = plainReferrals.referral(line.number(), line.bytes(), 0, line.bytes().length);
                if (plain != null) {
                    return plain;
                }
            }
            StagedRow row = parser.parse(line.number(), line.text());
            if (row instanceof StagedRow.Referral referral) {
                return new StagedRow.ReferralLine(referral.line(), referral.key(), encoder.line(referral));
            }
            return row;
        } catch (IllegalArgumentException malformed) {
            return new StagedRow.Rejected(line.number(), java.util.List.of(new LineError("", malformed.getMessage())));
        }
    }

    private void open() throws Exception {
        var record = records.byId(ImportJob.importId(importIdProperty));
        String headerLine = ImportStaging.stagedHeader(Path.of(record.stagedFile()));
        ImportHeader header = ImportHeader.check(record.format(), CsvLine.parse(headerLine));
        ReferenceData reference = referenceData.load();
        LocalDate today = LocalDate.now(UK);
        plainReferrals = PlainReferralLines.of(header, reference, today);
        parser = new StagedLineParser(header, reference, today);
    }
}
