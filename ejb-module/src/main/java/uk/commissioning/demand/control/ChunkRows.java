package uk.commissioning.demand.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One chunk of the demand-import job as it will be written: referrals and aggregate counts (a later line for the same
 * key replacing an earlier one, as a later file would), every rejected line's faults, and the counters and checkpoint
 * that commit with them.
 *
 * @param referrals in primary-key order (source system, referral id), so each chunk touches its key range once
 * @param lastLine the last line of the staged file the chunk covers: the import's checkpoint once it commits
 * @param keys the referral and aggregate keys the chunk writes (rows another chunk's transaction might also lock)
 */
public record ChunkRows(long importId, List<StagedRow.Referral> referrals, List<StagedRow.Aggregate> aggregates,
                        List<LineError.OnLine> errors, long read, long skipped, long lastLine, Set<String> keys) {

    private static final Comparator<StagedRow.Referral> KEY_ORDER =
            Comparator.comparing(StagedRow.Referral::sourceSystem).thenComparing(StagedRow.Referral::referralRef);

    public static ChunkRows of(long importId, List<Object> items) {
        Map<String, StagedRow.Referral> referrals = new LinkedHashMap<>();
        Map<String, StagedRow.Aggregate> aggregates = new LinkedHashMap<>();
        List<LineError.OnLine> errors = new ArrayList<>();
        long skipped = 0;
        long lastLine = 0;
        for (Object item : items) {
            StagedRow row = (StagedRow) item;
            lastLine = Math.max(lastLine, row.line());
            if (row instanceof StagedRow.Referral referral) {
                referrals.put(referral.key(), referral);
            } else if (row instanceof StagedRow.Aggregate aggregate) {
                aggregates.put(aggregate.key(), aggregate);
            } else if (row instanceof StagedRow.Rejected rejected) {
                skipped++;
                for (LineError error : rejected.errors()) {
                    errors.add(new LineError.OnLine(rejected.line(), error.column(), ImportRecords.truncate(error.reason())));
                }
            }
        }
        List<StagedRow.Referral> sorted = new ArrayList<>(referrals.values());
        sorted.sort(KEY_ORDER);
        Set<String> keys = new HashSet<>(referrals.keySet());
        keys.addAll(aggregates.keySet());
        return new ChunkRows(importId, sorted, List.copyOf(aggregates.values()), errors, items.size(), skipped, lastLine, keys);
    }

    public long written() {
        return read - skipped;
    }
}
