package uk.commissioning.demand.imports.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chunk of the demand-import job as it will be written: referrals and aggregate counts (a later line for the same
 * key replacing an earlier one, as a later file would), every rejected line's faults, and the counters and checkpoint
 * that commit with them.
 *
 * @param referrals in primary-key order (source system, referral id), so each chunk touches its key range once
 * @param lastLine the last line of the staged file the chunk covers: the import's checkpoint once it commits
 * @param keys the referral and aggregate keys the chunk writes, sorted (rows another chunk's transaction might lock)
 */
public record ChunkRows(long importId, List<StagedRow.ReferralLine> referrals, List<StagedRow.Aggregate> aggregates,
                        List<LineError.OnLine> errors, long read, long skipped, long lastLine, List<String> keys) {

    private static final Comparator<StagedRow.ReferralLine> KEY_ORDER = Comparator.comparing(StagedRow.ReferralLine::key);

    public static ChunkRows of(long importId, List<Object> items) {
        List<StagedRow.ReferralLine> referrals = new ArrayList<>(items.size());
        Map<String, StagedRow.Aggregate> aggregates = new LinkedHashMap<>();
        List<LineError.OnLine> errors = new ArrayList<>();
        long skipped = 0;
        long lastLine = 0;
        for (Object item : items) {
            StagedRow row = (StagedRow) item;
            lastLine = Math.max(lastLine, row.line());
            if (row instanceof StagedRow.ReferralLine referral) {
                referrals.add(referral);
            } else if (row instanceof StagedRow.Aggregate aggregate) {
                aggregates.put(aggregate.key(), aggregate);
            } else if (row instanceof StagedRow.Rejected rejected) {
                skipped++;
                for (LineError error : rejected.errors()) {
                    errors.add(new LineError.OnLine(rejected.line(), error.column(), error.reason()));
                }
            } else {
                throw new IllegalArgumentException("not a row the job writes: " + row);
            }
        }
        List<StagedRow.ReferralLine> distinct = latestByKey(referrals);
        List<String> keys = new ArrayList<>(distinct.size() + aggregates.size());
        for (StagedRow.ReferralLine referral : distinct) {
            keys.add(referral.key());
        }
        if (!aggregates.isEmpty()) {
            keys.addAll(aggregates.keySet());
            keys.sort(null);
        }
        return new ChunkRows(importId, distinct, List.copyOf(aggregates.values()), errors, items.size(), skipped, lastLine,
                keys);
    }

    /**
     * The referrals in key order, one per key: the last in the file where a key comes more than once. The sort is
     * stable, so equal keys stay in file order and the last of each run is the one kept.
     */
    private static List<StagedRow.ReferralLine> latestByKey(List<StagedRow.ReferralLine> referrals) {
        referrals.sort(KEY_ORDER);
        List<StagedRow.ReferralLine> distinct = new ArrayList<>(referrals.size());
        for (int i = 0; i < referrals.size(); i++) {
            if (i + 1 < referrals.size() && referrals.get(i + 1).key().equals(referrals.get(i).key())) {
                continue;
            }
            distinct.add(referrals.get(i));
        }
        return distinct;
    }

    /** Whether the two chunks write a row of the same key: a walk along both sorted key lists. */
    public boolean sharesKeysWith(ChunkRows other) {
        List<String> a = keys;
        List<String> b = other.keys;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int order = a.get(i).compareTo(b.get(j));
            if (order == 0) {
                return true;
            }
            if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The chunk's referrals as text for LOAD DATA. */
    ReferralTsv.Encoded referralText() {
        return new ReferralTsv.Encoded(referrals.stream().map(StagedRow.ReferralLine::tsv).toList());
    }

    public long written() {
        return read - skipped;
    }
}
