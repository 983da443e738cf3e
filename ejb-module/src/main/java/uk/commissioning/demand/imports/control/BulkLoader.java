package uk.commissioning.demand.imports.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Writes the chunks of one demand import on MySQL/MariaDB: each chunk's referrals with {@code LOAD DATA LOCAL INFILE}
 * from memory ({@link ReferralTsv}; {@code REPLACE}, so a referral already stored under the same source system and
 * referral id is replaced, as the upsert does elsewhere), then its aggregate counts, rejected lines, counters and
 * checkpoint ({@link ChunkSql}), and commits them together. LOAD DATA takes rows in at the database's bulk-load
 * speed, several times what the fastest multi-row INSERT reaches (bench/RESULTS.md).
 * <p>
 * Its own connection, opened for the job step and closed with it: LOAD DATA LOCAL has to be allowed when a connection
 * is opened ({@code allowLoadLocalInfile}), and allowing it on the application's pool would let any statement on any
 * pooled connection be answered with a request for a local file. Here the only statements are this class's, and the
 * driver sends the chunk's bytes (set on the statement), never a file. The transaction is this connection's own, as
 * DemandRowStore's is its own; one chunk at a time, from one thread at a time. The job uses two (DemandRowWriter), so
 * that one chunk's LOAD DATA runs while the previous one's finishes.
 */
public final class BulkLoader implements AutoCloseable {

    private final Connection connection;
    private final String loadReferrals;

    private BulkLoader(Connection connection) {
        this.connection = connection;
        this.loadReferrals = "LOAD DATA LOCAL INFILE 'referrals.tsv' REPLACE INTO TABLE referral CHARACTER SET utf8mb4 "
                + "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", ReferralTsv.COLUMN_NAMES) + ") SET import_id = ";
    }

    /**
     * @return empty when the server does not allow LOAD DATA LOCAL ({@code local_infile} off, MySQL 8's default):
     *         the import then writes through DemandRowStore, slower but the same rows
     */
    static Optional<BulkLoader> open(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("allowLoadLocalInfile", "true");
        // The driver reads the chunk's text into a send buffer of this size (1 MiB by default: a "humongous" object for
        // G1 in a 512 MB heap, one per chunk, each starting a concurrent collection cycle).
        properties.setProperty("blobSendChunkSize", Integer.toString(256 * 1024));
        Connection connection = new com.mysql.cj.jdbc.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a MySQL/MariaDB URL: " + url);
        }
        try (Statement query = connection.createStatement(); ResultSet allowed = query.executeQuery("SELECT @@local_infile")) {
            if (!allowed.next() || !allowed.getBoolean(1)) {
                connection.close();
                return Optional.empty();
            }
        }
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return Optional.of(new BulkLoader(connection));
    }

    /**
     * @param previous the write of the chunk before this one: this chunk commits only after it has committed, so
     *        chunks commit in the order of the file however their loads overlap, and the checkpoint never passes a
     *        chunk that failed
     */
    public void write(ChunkRows chunk, Future<?> previous) throws Exception {
        try (ChunkSql sql = new ChunkSql(connection)) {
            if (!chunk.referrals().isEmpty()) {
                loadReferrals(chunk);
            }
            if (previous != null) {
                try {
                    previous.get();
                } catch (ExecutionException failed) {
                    throw new SQLException("the chunk before the one ending at line " + chunk.lastLine() + " was not written",
                            failed.getCause());
                }
            }
            sql.upsertAggregates(chunk);
            sql.insertErrors(chunk);
            sql.recordProgress(chunk);
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        }
    }

    private void loadReferrals(ChunkRows chunk) throws SQLException {
        try (Statement load = connection.createStatement()) {
            load.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(chunk.referralText().stream());
            load.executeUpdate(loadReferrals + chunk.importId());
            // LOAD DATA turns a value it cannot store into a warning, not an error. Every value was checked before it
            // got here, so a warning means the two disagree: refuse the chunk rather than keep a mangled row.
            SQLWarning warning = load.getWarnings();
            if (warning != null) {
                throw new SQLException("LOAD DATA of the chunk ending at line " + chunk.lastLine() + " warned: "
                        + warning.getMessage());
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
