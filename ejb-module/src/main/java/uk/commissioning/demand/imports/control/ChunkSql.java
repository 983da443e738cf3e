package uk.commissioning.demand.imports.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL of writing a chunk, on a connection the caller holds in a transaction: referrals as multi-row upserts,
 * aggregate counts, rejected lines, and the import's counters and checkpoint. Both ways of writing a chunk use it
 * (DemandRowStore in a container transaction; on MySQL/MariaDB, BulkLoader, which loads the referrals with LOAD DATA
 * and uses the rest from here).
 * <p>
 * Multi-row statements of up to 500 rows, prepared once per chunk and size: at a million rows per file, one statement
 * per row would spend its time on round trips.
 */
final class ChunkSql implements AutoCloseable {

    static final List<String> REFERRAL_COLUMNS = Stream.concat(ReferralTsv.COLUMN_NAMES.stream(),
            Stream.of("import_id")).toList();
    /** Every column but the key (source system, referral id) takes the new value. */
    private static final String REFERRAL_UPDATE = REFERRAL_COLUMNS.subList(2, REFERRAL_COLUMNS.size()).stream()
            .map(column -> column + " = VALUES(" + column + ")")
            .collect(Collectors.joining(", ", " ON DUPLICATE KEY UPDATE ", ""));
    private static final List<String> AGGREGATE_COLUMNS = List.of("source_system", "quarter_start", "area_code",
            "borough_code", "need_code", "referral_source", "referrals", "import_id");
    private static final List<String> ERROR_COLUMNS = List.of("import_id", "line_number", "column_name", "reason");
    private static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    ChunkSql(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the referrals, or replaces what was stored under the same source system and referral id. */
    void upsertReferrals(ChunkRows chunk) throws SQLException {
        write("referral", REFERRAL_COLUMNS, REFERRAL_UPDATE, chunk.referrals(), (row, r) -> {
            String[] values = ReferralTsv.fields(r.tsv());
            for (int i = 0; i < values.length; i++) {
                row.text(values[i], ReferralTsv.COLUMNS.get(i).sqlType());
            }
            row.number(chunk.importId());
        });
    }

    /** Aggregate counts replace the count stored for the same source, quarter, area, need and referral source. */
    void upsertAggregates(ChunkRows chunk) throws SQLException {
        write("demand_aggregate", AGGREGATE_COLUMNS,
                " ON DUPLICATE KEY UPDATE referrals = VALUES(referrals), import_id = VALUES(import_id)", chunk.aggregates(),
                (row, a) -> row.string(a.sourceSystem()).date(a.quarterStart()).string(a.areaCode()).string(a.boroughCode())
                        .string(a.needCode()).string(a.referralSource()).whole(a.referrals()).number(chunk.importId()));
    }

    void insertErrors(ChunkRows chunk) throws SQLException {
        write("demand_import_error", ERROR_COLUMNS, "", chunk.errors(),
                (row, e) -> row.number(chunk.importId()).number(e.line()).string(e.column()).string(e.reason()));
    }

    /** The counters and the checkpoint: the reader resumes after {@code lines_done} (the header is not counted). */
    void recordProgress(ChunkRows chunk) throws SQLException {
        try (PreparedStatement progress = connection.prepareStatement("UPDATE demand_import SET lines_done = ?, "
                + "rows_read = rows_read + ?, rows_written = rows_written + ?, rows_skipped = rows_skipped + ? WHERE id = ?")) {
            progress.setLong(1, chunk.lastLine() - 1);
            progress.setLong(2, chunk.read());
            progress.setLong(3, chunk.written());
            progress.setLong(4, chunk.skipped());
            progress.setLong(5, chunk.importId());
            if (progress.executeUpdate() != 1) {
                throw new SQLException("import " + chunk.importId() + " is not in demand_import");
            }
        }
    }

    private interface Binding<T> {
        void bind(Row row, T value) throws SQLException;
    }

    private <T> void write(String table, List<String> columns, String suffix, List<T> rows, Binding<T> binding)
            throws SQLException {
        String tuple = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        String prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            int count = Math.min(ROWS_PER_STATEMENT, rows.size() - from);
            String sql = prefix + String.join(",", Collections.nCopies(count, tuple)) + suffix;
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            Row row = new Row(statement);
            for (int i = 0; i < count; i++) {
                binding.bind(row, rows.get(from + i));
            }
            statement.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : prepared.values()) {
            statement.close();
        }
    }

    /**
     * Binds parameters in order across the rows of one multi-row statement, with typed setters: setObject costs the
     * MySQL driver a settings lookup per parameter, and a java.sql.Date a new date format per value; a LocalDate is
     * bound as a DATE by JDBC 4.2 with neither.
     */
    private static final class Row {

        private final PreparedStatement statement;
        private int index = 1;

        Row(PreparedStatement statement) {
            this.statement = statement;
        }

        Row string(String value) throws SQLException {
            return set(value, Types.VARCHAR, PreparedStatement::setString);
        }

        Row date(LocalDate value) throws SQLException {
            return set(value, Types.DATE, PreparedStatement::setObject);
        }

        Row whole(Integer value) throws SQLException {
            return set(value, Types.INTEGER, PreparedStatement::setInt);
        }

        Row number(Long value) throws SQLException {
            return set(value, Types.BIGINT, PreparedStatement::setLong);
        }

        Row decimal(BigDecimal value) throws SQLException {
            return set(value, Types.DECIMAL, PreparedStatement::setBigDecimal);
        }

        /** A value in its text form (a {@link ReferralTsv} field), bound as the column's type. */
        Row text(String value, int sqlType) throws SQLException {
            if (value == null) {
                statement.setNull(index++, sqlType);
                return this;
            }
            return switch (sqlType) {
                case Types.DATE -> date(LocalDate.parse(value));
                case Types.BIGINT -> number(Long.parseLong(value));
                case Types.INTEGER -> whole(Integer.parseInt(value));
                case Types.DECIMAL -> decimal(new BigDecimal(value));
                default -> string(value);
            };
        }

        private interface Setter<T> {
            void set(PreparedStatement statement, int index, T value) throws SQLException;
        }

        private <T> Row set(T value, int sqlType, Setter<T> setter) throws SQLException {
            if (value == null) {
                statement.setNull(index++, sqlType);
            } else {
                setter.set(statement, index++, value);
            }
            return this;
        }
    }
}
