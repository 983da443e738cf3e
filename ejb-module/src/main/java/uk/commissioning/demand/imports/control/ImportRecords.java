package uk.commissioning.demand.imports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.commissioning.audit.control.AuditTrail;
import uk.commissioning.demand.imports.entity.DemandImport;
import uk.commissioning.demand.imports.entity.ImportStatus;
import uk.commissioning.identity.Viewer;
import uk.commissioning.platform.csv.CsvWriter;
import uk.commissioning.rules.NotFoundException;

/**
 * The import records: who may see them, their state changes (each in its own transaction, so a failing job still
 * leaves a readable record) and the error report.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRecords {

    private static final Logger LOG = Logger.getLogger(ImportRecords.class.getName());
    private static final int ERROR_PAGE = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public DemandImport create(DemandImport record) {
        em.persist(record);
        em.flush();
        audit.record("DemandImport", record.id(), "UPLOADED", record.uploadedBy(), null,
                Map.of("format", record.format().parameter(), "fileName", record.fileName(), "lines", record.totalLines()));
        return record;
    }

    /** An import is visible to its uploading organisation and to administrators; to anyone else it does not exist. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DemandImport get(Long id, Viewer viewer) {
        DemandImport record = id == null ? null : em.find(DemandImport.class, id);
        if (record == null || !(viewer.seesEverything() || record.organisationId().equals(viewer.organisationId()))) {
            throw new NotFoundException("Demand import", id);
        }
        return record;
    }

    /** No visibility check: for the import job itself. */
    public DemandImport byId(long id) {
        DemandImport record = em.find(DemandImport.class, id);
        if (record == null) {
            throw new NotFoundException("Demand import", id);
        }
        return record;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DemandImport> recent(Viewer viewer, int max) {
        var query = viewer.seesEverything()
                ? em.createNamedQuery(DemandImport.RECENT, DemandImport.class)
                : em.createNamedQuery(DemandImport.RECENT_OF_ORG, DemandImport.class)
                        .setParameter("organisationId", viewer.organisationId());
        return query.setMaxResults(max).getResultList();
    }

    public List<DemandImport> unfinished() {
        return em.createNamedQuery(DemandImport.UNFINISHED, DemandImport.class)
                .setParameter("statuses", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING)).getResultList();
    }

    public void launched(long id, long executionId, String runner) {
        byId(id).launched(executionId, runner);
    }

    public void running(long id) {
        byId(id).running();
    }

    /** The header failed its check: the whole file is refused, with the faults as line 1 of the report. */
    public void rejectHeader(long id, List<LineError> errors) {
        DemandImport record = byId(id);
        for (LineError error : errors) {
            em.createNativeQuery("INSERT INTO demand_import_error (import_id, line_number, column_name, reason) VALUES (?, 1, ?, ?)")
                    .setParameter(1, id).setParameter(2, error.column()).setParameter(3, error.reason())
                    .executeUpdate();
        }
        finish(record, ImportStatus.FAILED, "the header was rejected: no row was read");
    }

    /** The rows are done: COMPLETED when at least one was written, FAILED (with its report) when none was. */
    public DemandImport complete(long id) {
        DemandImport record = byId(id);
        em.refresh(record);
        if (record.rowsWritten() == 0) {
            finish(record, ImportStatus.FAILED, "no valid rows: every line was rejected");
        } else {
            finish(record, ImportStatus.COMPLETED, null);
        }
        return record;
    }

    public void fail(long id, String reason) {
        DemandImport record = byId(id);
        if (!record.status().finished()) {
            finish(record, ImportStatus.FAILED, reason);
        }
    }

    private void finish(DemandImport record, ImportStatus status, String reason) {
        deleteStaged(record.stagedFile());
        record.finished(status, reason);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("read", record.rowsRead());
        after.put("written", record.rowsWritten());
        after.put("skipped", record.rowsSkipped());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record("DemandImport", record.id(), status.name(), "system", null, after);
    }

    private static void deleteStaged(String stagedFile) {
        if (stagedFile == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(stagedFile));
        } catch (IOException e) {
            LOG.warning("could not delete the staged import file " + stagedFile + ": " + e.getMessage());
        }
    }

    /** Every rejected line as CSV ({@code line,column,reason}), read a page at a time so a huge report streams. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void writeErrors(Long id, Viewer viewer, OutputStream out) {
        get(id, viewer);
        CsvWriter csv = CsvWriter.utf8(out, "line", "column", "reason");
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> page = em.createNativeQuery("SELECT id, line_number, column_name, reason FROM demand_import_error "
                            + "WHERE import_id = ? AND id > ? ORDER BY id")
                    .setParameter(1, id).setParameter(2, after).setMaxResults(ERROR_PAGE).getResultList();
            for (Object[] row : page) {
                csv.number(((Number) row[1]).longValue()).text((String) row[2]).text((String) row[3]).endRow();
                after = ((Number) row[0]).longValue();
            }
            if (page.size() < ERROR_PAGE) {
                break;
            }
        }
        csv.flush();
    }

    /** One line of the error report. */
    public record RejectedLine(long line, String column, String reason) {
    }

    /** The first {@code max} rejected lines, in the order the job found them, for a screen to show. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RejectedLine> errors(Long id, Viewer viewer, int max) {
        get(id, viewer);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line_number, column_name, reason FROM demand_import_error "
                + "WHERE import_id = ? ORDER BY id").setParameter(1, id).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new RejectedLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }
}
