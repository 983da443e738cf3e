package uk.commissioning.demand.imports.control;

import java.util.function.Function;

/**
 * The columns of either demand format as one file has them: found in its header once, rather than by name on every
 * line. Shared by the job's parser and its fast path for plain referral lines, so both read the same fields.
 */
final class FileColumns {

    /** A column by name (for error reports) and its position in this file, -1 when the file does not have it. */
    record Column(String name, int index) {
    }

    final Column sourceSystem;
    final Column referralId;
    final Column referralDate;
    final Column nhsNumber;
    final Column personId;
    final Column ageBand;
    final Column wardCode;
    final Column pcnCode;
    final Column practiceCode;
    final Column referralSource;
    final Column setting;
    final Column needs;
    final Column serviceId;
    final Column serviceName;
    final Column outcome;
    final Column[] ons4;
    final Column swemwbsBefore;
    final Column swemwbsAfter;
    final Column sessionsAttended;
    final Column quarter;
    final Column areaCode;
    final Column need;
    final Column count;

    FileColumns(ImportHeader header) {
        Function<String, Column> at = name -> new Column(name, header.indexOf(name));
        sourceSystem = at.apply("source_system");
        referralId = at.apply("referral_id");
        referralDate = at.apply("referral_date");
        nhsNumber = at.apply(ImportStaging.NHS_NUMBER);
        personId = at.apply(ImportStaging.PERSON_ID);
        ageBand = at.apply("age_band");
        wardCode = at.apply("ward_code");
        pcnCode = at.apply("pcn_code");
        practiceCode = at.apply("practice_code");
        referralSource = at.apply("referral_source");
        setting = at.apply("setting");
        needs = at.apply("needs");
        serviceId = at.apply("service_id");
        serviceName = at.apply("service_name");
        outcome = at.apply("outcome");
        ons4 = StagedLineParser.ONS4_COLUMNS.stream().map(at).toArray(Column[]::new);
        swemwbsBefore = at.apply("swemwbs_before");
        swemwbsAfter = at.apply("swemwbs_after");
        sessionsAttended = at.apply("sessions_attended");
        quarter = at.apply("quarter");
        areaCode = at.apply("area_code");
        need = at.apply("need");
        count = at.apply("count");
    }
}
