package uk.commissioning.demand.imports.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two demand file formats of docs/DEMAND-FORMATS.md and their columns. */
public enum ImportFormat {

    REFERRALS(List.of("source_system", "referral_id", "referral_date", "age_band", "ward_code", "referral_source",
            "needs", "outcome"),
            List.of("nhs_number", "person_id", "pcn_code", "practice_code", "setting", "service_id", "service_name",
                    "ons4_satisfied_before", "ons4_satisfied_after", "ons4_worthwhile_before", "ons4_worthwhile_after",
                    "ons4_happy_before", "ons4_happy_after", "ons4_anxious_before", "ons4_anxious_after",
                    "swemwbs_before", "swemwbs_after", "sessions_attended")),
    AGGREGATE(List.of("source_system", "quarter", "area_code", "need", "referral_source", "count"), List.of());

    private final List<String> required;
    private final List<String> optional;

    ImportFormat(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> requiredColumns() {
        return required;
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** {@code referrals} or {@code aggregate}, any case; empty when the parameter says neither. */
    public static Optional<ImportFormat> fromParameter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "referrals", "referral", "referral-level" -> Optional.of(REFERRALS);
            case "aggregate", "aggregates" -> Optional.of(AGGREGATE);
            default -> Optional.empty();
        };
    }

    /** Without a format parameter: a header naming {@code referral_id} is referral-level, one naming {@code count} aggregate. */
    public static ImportFormat detect(List<String> normalisedHeader) {
        if (normalisedHeader.contains("referral_id")) {
            return REFERRALS;
        }
        if (normalisedHeader.contains("count")) {
            return AGGREGATE;
        }
        return REFERRALS;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
