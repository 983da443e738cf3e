package uk.commissioning.demand.imports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import uk.commissioning.demand.imports.entity.DemandImport;
import uk.commissioning.demand.imports.entity.ImportFormat;
import uk.commissioning.identity.Viewer;
import uk.commissioning.jobs.control.JobRuns;
import uk.commissioning.jobs.entity.JobRun;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Receives a demand file and hands it to the {@code demand-import} batch job, started through {@link JobRuns} (its
 * run's business key is {@code demand-import:<import id>}). The upload is staged (identifiers hashed) and recorded
 * before the job starts, so the job, a restart after a crash, and the status the uploader polls all work from the
 * same committed record.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemandImports {

    public static final String JOB = "demand-import";
    /** This server run (the job runs' own): imports launched by it are running or will run here. */
    public static final String THIS_RUN = JobRuns.SERVER_RUN;

    @Inject
    ImportRecords records;

    @Inject
    DemandSettings settings;

    @Inject
    JobRuns jobs;

    /**
     * @param requested the format the uploader named, or null to tell it from the header
     * @param viewer someone of the uploading organisation (a person or its API token)
     */
    public DemandImport upload(InputStream upload, String fileName, ImportFormat requested, Viewer viewer) {
        if (viewer.organisationId() == null) {
            throw new RuleViolation(Reason.NOT_YOUR_ORGANISATION, "an import belongs to an organisation; this sign-in has none");
        }
        Path staged = null;
        try {
            staged = Files.createTempFile(settings.importDir(), "import-", ".staged");
            ImportStaging.Staged result;
            try (OutputStream file = Files.newOutputStream(staged)) {
                result = ImportStaging.stage(upload, requested, file, settings.pseudonymiser().orElse(null));
            }
            String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
            DemandImport record = records.create(new DemandImport(result.format(), name.length() > 255 ? name.substring(0, 255) : name,
                    viewer.organisationId(), viewer.username(), staged.toString(), result.dataLines()));
            staged = null;
            launched(record.id(), jobs.start(JOB, parameters(record.id()), businessKey(record.id()), record.uploadedBy(),
                    record.organisationId()));
            return records.byId(record.id());
        } catch (ImportStaging.NoPseudonymKey noKey) {
            throw new RuleViolation(Reason.PSEUDONYM_KEY_MISSING,
                    "this server has no pseudonym key (DEMAND_PSEUDONYM_KEY), so it cannot accept NHS numbers or person ids");
        } catch (IOException e) {
            throw new UncheckedIOException("could not stage the upload", e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException ignored) {
                    // a temp file in the import directory; the next start's clean-up is not needed for correctness
                }
            }
        }
    }

    /** The business key of the import's job runs, by which the API finds them. */
    public static String businessKey(long importId) {
        return JOB + ":" + importId;
    }

    /**
     * After a crash: runs the job again for an unfinished import, which resumes from the import's committed
     * checkpoint, as a restart of its interrupted run, or as a new run when none was recorded (the server stopped
     * between recording the import and starting its job).
     */
    public void resume(DemandImport record, JobRun interrupted) {
        JobRun run = interrupted == null
                ? jobs.start(JOB, parameters(record.id()), businessKey(record.id()), Viewer.SYSTEM.username(), record.organisationId())
                : jobs.restart(interrupted.id(), parameters(record.id()), Viewer.SYSTEM.username());
        launched(record.id(), run);
    }

    /** The chunk size is this server's, also on a restart: the reader resumes from lines_done, whatever it was. */
    private Properties parameters(long importId) {
        Properties parameters = new Properties();
        parameters.setProperty(ImportJob.IMPORT_ID, Long.toString(importId));
        parameters.setProperty("chunkSize", Integer.toString(settings.chunkSize()));
        return parameters;
    }

    private void launched(long importId, JobRun run) {
        records.launched(importId, run.executionId(), THIS_RUN);
    }
}
