package uk.commissioning.grants.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 360Giving CSV column titles (the standard's 2017 summary table, the header Trafford and most UK publishers
 * use) and where each sits in a grant's JSON: {@code Recipient Org:Charity Number} is
 * {@code recipientOrganization[0].charityNumber}. A flat CSV holds the first item of each array only.
 */
public final class GivingColumns {

    /** Where a column's value goes: a top-level key, or a key of the first item of an array ({@code group}). */
    public record Place(String group, String key, Kind kind) {
    }

    public enum Kind {
        TEXT,
        NUMBER,
        // relatedActivity: an array of strings, one per cell
        TEXT_LIST
    }

    private static final Map<String, Place> BY_TITLE = new LinkedHashMap<>();

    static {
        top("Identifier", "id", Kind.TEXT);
        top("Title", "title", Kind.TEXT);
        top("Description", "description", Kind.TEXT);
        top("Currency", "currency", Kind.TEXT);
        top("Amount Applied For", "amountAppliedFor", Kind.NUMBER);
        top("Amount Awarded", "amountAwarded", Kind.NUMBER);
        top("Amount Disbursed", "amountDisbursed", Kind.NUMBER);
        top("Award Date", "awardDate", Kind.TEXT);
        top("URL", "url", Kind.TEXT);
        in("Planned Dates:Start Date", "plannedDates", "startDate", Kind.TEXT);
        in("Planned Dates:End Date", "plannedDates", "endDate", Kind.TEXT);
        in("Planned Dates:Duration (months)", "plannedDates", "duration", Kind.NUMBER);
        in("Recipient Org:Identifier", "recipientOrganization", "id", Kind.TEXT);
        in("Recipient Org:Name", "recipientOrganization", "name", Kind.TEXT);
        in("Recipient Org:Charity Number", "recipientOrganization", "charityNumber", Kind.TEXT);
        in("Recipient Org:Company Number", "recipientOrganization", "companyNumber", Kind.TEXT);
        in("Recipient Org:Street Address", "recipientOrganization", "streetAddress", Kind.TEXT);
        in("Recipient Org:City", "recipientOrganization", "addressLocality", Kind.TEXT);
        in("Recipient Org:County", "recipientOrganization", "addressRegion", Kind.TEXT);
        in("Recipient Org:Country", "recipientOrganization", "addressCountry", Kind.TEXT);
        in("Recipient Org:Postal Code", "recipientOrganization", "postalCode", Kind.TEXT);
        in("Recipient Org:Description", "recipientOrganization", "description", Kind.TEXT);
        in("Recipient Org:Web Address", "recipientOrganization", "url", Kind.TEXT);
        in("Beneficiary Location:Name", "beneficiaryLocation", "name", Kind.TEXT);
        in("Beneficiary Location:Country Code", "beneficiaryLocation", "countryCode", Kind.TEXT);
        in("Beneficiary Location:Latitude", "beneficiaryLocation", "latitude", Kind.NUMBER);
        in("Beneficiary Location:Longitude", "beneficiaryLocation", "longitude", Kind.NUMBER);
        in("Beneficiary Location:Geographic Code", "beneficiaryLocation", "geoCode", Kind.TEXT);
        in("Beneficiary Location:Geographic Code Type", "beneficiaryLocation", "geoCodeType", Kind.TEXT);
        in("Funding Org:Identifier", "fundingOrganization", "id", Kind.TEXT);
        in("Funding Org:Name", "fundingOrganization", "name", Kind.TEXT);
        in("Funding Org:Department", "fundingOrganization", "department", Kind.TEXT);
        in("Grant Programme:Code", "grantProgramme", "code", Kind.TEXT);
        in("Grant Programme:Title", "grantProgramme", "title", Kind.TEXT);
        in("Grant Programme:URL", "grantProgramme", "url", Kind.TEXT);
        top("From an open call?", "fromOpenCall", Kind.TEXT);
        top("Related Activity", "relatedActivity", Kind.TEXT_LIST);
        top("Last modified", "dateModified", Kind.TEXT);
        top("Data Source", "dataSource", Kind.TEXT);
    }

    private GivingColumns() {
    }

    private static void top(String title, String key, Kind kind) {
        BY_TITLE.put(title, new Place(null, key, kind));
    }

    private static void in(String title, String group, String key, Kind kind) {
        BY_TITLE.put(title, new Place(group, key, kind));
    }

    /** The standard's place for a column title; empty for a column of the publisher's own. */
    public static Optional<Place> of(String title) {
        return Optional.ofNullable(BY_TITLE.get(title.trim()));
    }

    /** Every title in the standard's order, the header of an export. */
    public static List<String> titles() {
        return List.copyOf(BY_TITLE.keySet());
    }
}
