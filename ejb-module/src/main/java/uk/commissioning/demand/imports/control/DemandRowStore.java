package uk.commissioning.demand.imports.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import uk.commissioning.platform.Database;

/**
 * Writes one chunk of the demand-import job in a transaction of its own, through the application's datasource:
 * referrals (insert, or replace what was stored for the same source system and referral id), aggregate counts, the
 * rejected lines, and the import's counters and checkpoint. Because all of it commits or rolls back together, a crash
 * at any point leaves the database as it was after the previous chunk, and the job resumes from there with exact
 * counts. (On MySQL/MariaDB the job writes through {@link BulkLoader} instead, with the same guarantee.)
 * <p>
 * Its own transaction, not the batch runtime's chunk transaction: the runtime keeps its checkpoints in a database of
 * its own, and one transaction cannot span two non-XA databases; and the chunk is written behind the job's reading
 * (DemandRowWriter), on another thread. The reader therefore resumes from {@code lines_done} here, never from the
 * runtime's checkpoint.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemandRowStore {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public void write(ChunkRows chunk) {
        try (Connection connection = dataSource.getConnection(); ChunkSql sql = new ChunkSql(connection)) {
            sql.upsertReferrals(chunk);
            sql.upsertAggregates(chunk);
            sql.insertErrors(chunk);
            sql.recordProgress(chunk);
        } catch (SQLException e) {
            // Unchecked, so the container rolls the chunk back: a checked exception from an EJB method would commit
            // whatever statements had already run.
            throw new ChunkNotWritten(chunk, e);
        }
    }

    /** A chunk that could not be written; nothing of it was committed. */
    public static final class ChunkNotWritten extends RuntimeException {
        ChunkNotWritten(ChunkRows chunk, SQLException cause) {
            super("import " + chunk.importId() + ": the chunk ending at line " + chunk.lastLine() + " was not written: "
                    + cause.getMessage(), cause);
        }
    }
}
