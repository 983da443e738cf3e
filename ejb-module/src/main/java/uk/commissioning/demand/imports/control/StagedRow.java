package uk.commissioning.demand.imports.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the import's processor makes of one staged line: a row to write, or the reasons it was rejected. */
public sealed interface StagedRow {

    long line();

    /**
     * A referral, with the person already replaced by a keyed hash. {@code needMask} has bit
     * {@code need_category.bit_position} set for each of {@code needs}: what the referral table stores.
     */
    record Referral(long line, String sourceSystem, String referralRef, LocalDate referralDate, LocalDate quarterStart,
                    String personKey, String personKeyKind, String ageBand, String wardCode, String boroughCode,
                    String pcnCode, String practiceCode, String referralSource, String setting, List<String> needs,
                    long needMask, Long serviceId, String serviceName, String outcome, Integer[] ons4, BigDecimal swemwbsBefore,
                    BigDecimal swemwbsAfter, Integer sessionsAttended) implements StagedRow {

        /** Source system and referral id, joined by a NUL (which neither may hold): sorts as the primary key does. */
        public String key() {
            return sourceSystem + '\u0000' + referralRef;
        }
    }

    /**
     * A checked referral as the import keeps it until it is written: its key and its line of {@link ReferralTsv} text,
     * made by the processor from a {@link Referral}.
     */
    record ReferralLine(long line, String key, byte[] tsv) implements StagedRow {
    }

    /** A count for one quarter, area, need and referral source. */
    record Aggregate(long line, String sourceSystem, LocalDate quarterStart, String areaCode, String boroughCode,
                     String needCode, String referralSource, int referrals) implements StagedRow {

        public String key() {
            return String.join("\u0000", sourceSystem, quarterStart.toString(), areaCode, needCode, referralSource);
        }
    }

    record Rejected(long line, List<LineError> errors) implements StagedRow {
    }
}
