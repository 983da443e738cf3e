package uk.commissioning.demand.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import uk.commissioning.platform.Database;

/**
 * Writes one chunk of the demand-import job in a transaction of its own: referrals (insert, or replace what was stored for the same source
 * system and referral id), their need rows, aggregate counts, the rejected lines, and the import's counters and
 * checkpoint. Because all of it commits or rolls back together, a crash at any point leaves the database as it was
 * after the previous chunk, and the job resumes from there with exact counts.
 * <p>
 * Its own transaction, not the batch runtime's chunk transaction: the runtime keeps its checkpoints in a database of
 * its own, and one transaction cannot span two non-XA databases. The runtime's checkpoint may therefore lag ours by a
 * chunk after a crash, which is why the reader resumes from {@code lines_done} here.
 * <p>
 * Plain JDBC with multi-row statements: at a million rows per file, one statement per row would spend its time on
 * round trips.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemandRowStore {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final List<String> REFERRAL_COLUMNS = List.of("source_system", "referral_ref", "referral_date",
            "quarter_start", "person_key", "person_key_kind", "age_band", "ward_code", "borough_code", "pcn_code",
            "practice_code", "referral_source", "setting", "needs", "service_id", "service_name", "outcome",
            "ons4_satisfied_before", "ons4_satisfied_after", "ons4_worthwhile_before", "ons4_worthwhile_after",
            "ons4_happy_before", "ons4_happy_after", "ons4_anxious_before", "ons4_anxious_after", "swemwbs_before",
            "swemwbs_after", "sessions_attended", "import_id");
    private static final List<String> NEED_COLUMNS = List.of("source_system", "referral_ref", "need_code",
            "quarter_start", "ward_code", "borough_code", "service_id");
    private static final List<String> AGGREGATE_COLUMNS = List.of("source_system", "quarter_start", "area_code",
            "borough_code", "need_code", "referral_source", "referrals", "import_id");
    private static final List<String> ERROR_COLUMNS = List.of("import_id", "line_number", "column_name", "reason");

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    public void write(long importId, List<Object> items) throws SQLException {
        Map<String, StagedRow.Referral> referrals = new LinkedHashMap<>();
        Map<String, StagedRow.Aggregate> aggregates = new LinkedHashMap<>();
        List<Object[]> errors = new ArrayList<>();
        long skipped = 0;
        long lastLine = 0;
        for (Object item : items) {
            StagedRow row = (StagedRow) item;
            lastLine = Math.max(lastLine, row.line());
            // A later line for the same key replaces an earlier one, as a later file would.
            if (row instanceof StagedRow.Referral referral) {
                referrals.remove(referral.key());
                referrals.put(referral.key(), referral);
            } else if (row instanceof StagedRow.Aggregate aggregate) {
                aggregates.remove(aggregate.key());
                aggregates.put(aggregate.key(), aggregate);
            } else if (row instanceof StagedRow.Rejected rejected) {
                skipped++;
                for (LineError error : rejected.errors()) {
                    errors.add(new Object[] {importId, rejected.line(), error.column(), ImportRecords.truncate(error.reason())});
                }
            }
        }
        // Written in the order of the index whose keys are scattered (caseload: borough, ward, person, quarter; for the
        // needs, the matching cell: quarter, need, ward). A chunk's source ids are one narrow range of the primary key
        // in any order, but these keys fall all over their index; sorted, the rows that belong on the same index page
        // arrive together, so a big chunk reads and dirties each page once rather than once per row.
        List<StagedRow.Referral> referralRows = new ArrayList<>(referrals.values());
        referralRows.sort(Comparator.comparing(StagedRow.Referral::boroughCode).thenComparing(StagedRow.Referral::wardCode)
                .thenComparing(StagedRow.Referral::personKey).thenComparing(StagedRow.Referral::quarterStart));
        try (Connection connection = dataSource.getConnection(); Statements statements = new Statements(connection)) {
            upsert(statements, "referral", REFERRAL_COLUMNS, 2, referralRows, (statement, row) -> bindReferral(row, importId));
            replaceNeeds(statements, referralRows);
            upsert(statements, "demand_aggregate", AGGREGATE_COLUMNS, 0, new ArrayList<>(aggregates.values()), (statement, row) -> bindAggregate(row, importId));
            insert(statements, "demand_import_error", ERROR_COLUMNS, errors, (statement, row) -> {
                Object[] error = row.values;
                row.setLong((Long) error[0]).setLong((Long) error[1]).setString((String) error[2]).setString((String) error[3]);
            });
            try (PreparedStatement progress = connection.prepareStatement("UPDATE demand_import SET lines_done = ?, "
                    + "rows_read = rows_read + ?, rows_written = rows_written + ?, rows_skipped = rows_skipped + ? WHERE id = ?")) {
                progress.setLong(1, lastLine - 1);
                progress.setLong(2, items.size());
                progress.setLong(3, items.size() - skipped);
                progress.setLong(4, skipped);
                progress.setLong(5, importId);
                progress.executeUpdate();
            }
        }
    }

    private static void bindReferral(Binder row, long importId) {
        StagedRow.Referral r = (StagedRow.Referral) row.values[0];
        row.setString(r.sourceSystem()).setString(r.referralRef()).setDate(r.referralDate()).setDate(r.quarterStart())
                .setString(r.personKey()).setString(r.personKeyKind()).setString(r.ageBand()).setString(r.wardCode())
                .setString(r.boroughCode()).setString(r.pcnCode()).setString(r.practiceCode())
                .setString(r.referralSource()).setString(r.setting()).setString(String.join(";", r.needs()))
                .setLong(r.serviceId()).setString(r.serviceName()).setString(r.outcome());
        for (Integer score : r.ons4()) {
            row.setInt(score);
        }
        row.setDecimal(r.swemwbsBefore()).setDecimal(r.swemwbsAfter()).setInt(r.sessionsAttended()).setLong(importId);
    }

    private static void bindAggregate(Binder row, long importId) {
        StagedRow.Aggregate a = (StagedRow.Aggregate) row.values[0];
        row.setString(a.sourceSystem()).setDate(a.quarterStart()).setString(a.areaCode()).setString(a.boroughCode())
                .setString(a.needCode()).setString(a.referralSource()).setInt(a.referrals()).setLong(importId);
    }

    /** A referral's needs are replaced wholesale: a later file may name different needs for the same referral. */
    private void replaceNeeds(Statements statements, java.util.Collection<StagedRow.Referral> referrals) throws SQLException {
        Map<String, List<String>> refsBySystem = new LinkedHashMap<>();
        List<Object[]> needs = new ArrayList<>();
        for (StagedRow.Referral r : referrals) {
            refsBySystem.computeIfAbsent(r.sourceSystem(), s -> new ArrayList<>()).add(r.referralRef());
            for (String need : r.needs()) {
                needs.add(new Object[] {r, need});
            }
        }
        for (Map.Entry<String, List<String>> system : refsBySystem.entrySet()) {
            List<String> refs = system.getValue();
            for (int from = 0; from < refs.size(); from += ROWS_PER_STATEMENT) {
                List<String> slice = refs.subList(from, Math.min(refs.size(), from + ROWS_PER_STATEMENT));
                PreparedStatement delete = statements.get("DELETE FROM referral_need WHERE source_system = ? "
                        + "AND referral_ref IN (" + String.join(",", java.util.Collections.nCopies(slice.size(), "?")) + ")");
                delete.setString(1, system.getKey());
                for (int i = 0; i < slice.size(); i++) {
                    delete.setString(i + 2, slice.get(i));
                }
                delete.executeUpdate();
            }
        }
        needs.sort(Comparator.comparing((Object[] n) -> ((StagedRow.Referral) n[0]).quarterStart())
                .thenComparing(n -> (String) n[1]).thenComparing(n -> ((StagedRow.Referral) n[0]).wardCode()));
        insert(statements, "referral_need", NEED_COLUMNS, needs, (statement, row) -> {
            StagedRow.Referral r = (StagedRow.Referral) row.values[0];
            row.setString(r.sourceSystem()).setString(r.referralRef()).setString((String) row.values[1])
                    .setDate(r.quarterStart()).setString(r.wardCode()).setString(r.boroughCode()).setLong(r.serviceId());
        });
    }

    private <T> void upsert(Statements statements, String table, List<String> columns, int keyColumns, List<T> rows,
                            BiConsumer<PreparedStatement, Binder> bind) throws SQLException {
        List<String> updates = new ArrayList<>();
        for (String column : columns.subList(keyColumns, columns.size())) {
            updates.add(column + " = VALUES(" + column + ")");
        }
        // For aggregates the whole key is in the column list; the update then replaces the count and the import.
        if (keyColumns == 0) {
            updates.clear();
            updates.add("referrals = VALUES(referrals)");
            updates.add("import_id = VALUES(import_id)");
        }
        List<Object[]> wrapped = new ArrayList<>(rows.size());
        for (T row : rows) {
            wrapped.add(new Object[] {row});
        }
        write(statements, table, columns, " ON DUPLICATE KEY UPDATE " + String.join(", ", updates), wrapped, bind);
    }

    private void insert(Statements statements, String table, List<String> columns, List<Object[]> rows,
                        BiConsumer<PreparedStatement, Binder> bind) throws SQLException {
        write(statements, table, columns, "", rows, bind);
    }

    private static void write(Statements statements, String table, List<String> columns, String suffix, List<Object[]> rows,
                              BiConsumer<PreparedStatement, Binder> bind) throws SQLException {
        String tuple = "(" + String.join(",", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        String prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            int count = Math.min(ROWS_PER_STATEMENT, rows.size() - from);
            String sql = prefix + String.join(",", java.util.Collections.nCopies(count, tuple)) + suffix;
            PreparedStatement statement = statements.get(sql);
            try {
                Binder binder = new Binder(statement);
                for (int i = 0; i < count; i++) {
                    binder.values = rows.get(from + i);
                    bind.accept(statement, binder);
                }
            } catch (Binder.BindFailure failure) {
                throw failure.getCause();
            }
            statement.executeUpdate();
        }
    }

    /** Binds parameters in order across the rows of one multi-row statement. */
    private static final class Binder {

        private final PreparedStatement statement;
        private int index = 1;
        Object[] values;

        Binder(PreparedStatement statement) {
            this.statement = statement;
        }

        // The typed setters: setObject(value, type) costs the MySQL driver a settings lookup per parameter, and a
        // java.sql.Date a new date format per value; a LocalDate is bound as a DATE by JDBC 4.2 with neither.
        Binder setString(String value) {
            return set(value, Types.VARCHAR, (s, i, v) -> s.setString(i, (String) v));
        }

        Binder setDate(java.time.LocalDate value) {
            return set(value, Types.DATE, PreparedStatement::setObject);
        }

        Binder setInt(Integer value) {
            return set(value, Types.INTEGER, (s, i, v) -> s.setInt(i, (Integer) v));
        }

        Binder setLong(Long value) {
            return set(value, Types.BIGINT, (s, i, v) -> s.setLong(i, (Long) v));
        }

        Binder setDecimal(java.math.BigDecimal value) {
            return set(value, Types.DECIMAL, (s, i, v) -> s.setBigDecimal(i, (java.math.BigDecimal) v));
        }

        private interface Setter {
            void set(PreparedStatement statement, int index, Object value) throws SQLException;
        }

        private Binder set(Object value, int type, Setter setter) {
            try {
                if (value == null) {
                    statement.setNull(index++, type);
                } else {
                    setter.set(statement, index++, value);
                }
                return this;
            } catch (SQLException e) {
                throw new BindFailure(e);
            }
        }

        static final class BindFailure extends RuntimeException {
            BindFailure(SQLException cause) {
                super(cause);
            }

            @Override
            public synchronized SQLException getCause() {
                return (SQLException) super.getCause();
            }
        }
    }

    /**
     * The statements of one chunk, by SQL text: the full-size slices of a table share one prepared statement, so the
     * driver parses its thousands of placeholders once per chunk rather than once per slice.
     */
    private static final class Statements implements AutoCloseable {

        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        Statements(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement get(String sql) throws SQLException {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            return statement;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
        }
    }
}
