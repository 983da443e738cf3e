package uk.commissioning.grants.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.commissioning.organisations.entity.OrgId;
import uk.commissioning.organisations.entity.OrganisationType;

class GrantValidationTest {

    static JsonObjectBuilder good() {
        return Json.createObjectBuilder()
                .add("id", "360G-test-1")
                .add("title", "A grant")
                .add("description", "For something good")
                .add("currency", "GBP")
                .add("amountAwarded", 1500)
                .add("awardDate", "2019-04-01")
                .add("recipientOrganization", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "GB-CHC-1234567").add("name", "A charity")))
                .add("fundingOrganization", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "GB-LAE-TRF").add("name", "Trafford")));
    }

    private static List<String> fieldsAtFault(JsonObject grant) {
        GrantValidation.Checked checked = GrantValidation.check(grant);
        assertFalse(checked.valid());
        assertNull(checked.grant());
        return checked.problems().stream().map(GrantValidation.FieldProblem::field).toList();
    }

    @Test
    void aGrantWithTheRequiredFieldsPasses() {
        GrantValidation.Checked checked = GrantValidation.check(good().build());
        assertTrue(checked.valid(), checked.problems()::toString);
        assertEquals(new BigDecimal("1500.00"), checked.grant().columns().amountAwarded());
        assertNull(checked.grant().extensions(), "nothing beyond the columns");
    }

    @ParameterizedTest
    @CsvSource({"id,id", "title,title", "description,description", "currency,currency",
            "amountAwarded,amountAwarded", "awardDate,awardDate"})
    void everyRequiredTopLevelFieldIsNamedWhenMissing(String key, String field) {
        assertEquals(List.of(field), fieldsAtFault(good().remove(key).build()));
        assertEquals(List.of(field), fieldsAtFault(good().add(key, "  ").build()).subList(0, 1));
    }

    @Test
    void theRecipientAndTheFunderNeedAnIdAndAName() {
        assertEquals(List.of("recipientOrganization[0].id", "recipientOrganization[0].name"),
                fieldsAtFault(good().remove("recipientOrganization").build()));
        assertEquals(List.of("fundingOrganization[0].name"), fieldsAtFault(good().add("fundingOrganization",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "GB-LAE-TRF"))).build()));
        assertEquals(List.of("recipientOrganization[0].id"), fieldsAtFault(good().add("recipientOrganization",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "not an org-id").add("name", "X"))).build()));
    }

    @Test
    void textLongerThanItsColumnIsRefusedRatherThanCut() {
        assertEquals(List.of("title"), fieldsAtFault(good().add("title", "t".repeat(1001)).build()));
        assertEquals(List.of("beneficiaryLocation[1].geoCode"), fieldsAtFault(good().add("beneficiaryLocation",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("geoCode", "E08000009"))
                        .add(Json.createObjectBuilder().add("geoCode", "E".repeat(51)))).build()));
    }

    @Test
    void theCurrencyIsAnIso4217Code() {
        assertEquals(List.of("currency"), fieldsAtFault(good().add("currency", "XX").build()));
        assertEquals(List.of("currency"), fieldsAtFault(good().add("currency", "gbp").build()));
        assertEquals(List.of("currency"), fieldsAtFault(good().add("currency", "ABC").build()));
        assertTrue(GrantValidation.check(good().add("currency", "EUR").build()).valid());
    }

    @Test
    void amountsAreNonNegativeNumbersInPence() {
        assertEquals(List.of("amountAwarded"), fieldsAtFault(good().add("amountAwarded", "a lot").build()));
        assertEquals(List.of("amountAwarded"), fieldsAtFault(good().add("amountAwarded", -1).build()));
        assertEquals(List.of("amountAwarded"), fieldsAtFault(good().add("amountAwarded", true).build()));
        assertEquals(List.of("amountAwarded"), fieldsAtFault(good().add("amountAwarded", new BigDecimal("1.005")).build()));
        assertEquals(List.of("amountAppliedFor"), fieldsAtFault(good().add("amountAppliedFor", -5).build()));
        assertEquals(List.of("amountDisbursed"), fieldsAtFault(good().add("amountDisbursed", "x").build()));
        assertEquals(new BigDecimal("12.50"),
                GrantValidation.check(good().add("amountAwarded", "12.5").build()).grant().columns().amountAwarded(),
                "a number written as text is still the number");
        assertTrue(GrantValidation.check(good().add("amountAwarded", 0).build()).valid(), "zero is an amount");
    }

    @Test
    void datesAndDateTimesAreBothAcceptedAndTheDateIsKept() {
        assertEquals(LocalDate.of(2019, 4, 1), GrantValidation.check(good().add("awardDate", "2019-04-01T23:30:00+01:00")
                .build()).grant().columns().awardDate(), "the publisher's own day, not shifted to UTC");
        assertEquals(LocalDate.of(2019, 4, 1), GrantValidation.check(good().add("awardDate", "2019-04-01T10:00:00Z")
                .build()).grant().columns().awardDate());
        assertEquals(LocalDate.of(2019, 4, 1), GrantValidation.check(good().add("awardDate", "2019-04-01T10:00:00")
                .build()).grant().columns().awardDate());
        assertEquals(List.of("awardDate"), fieldsAtFault(good().add("awardDate", "2019-13-45").build()));
        assertEquals(List.of("awardDate"), fieldsAtFault(good().add("awardDate", "01/04/2019").build()));
        assertEquals(List.of("awardDate"), fieldsAtFault(good().add("awardDate", "2019-04-01Tnoon").build()));
        JsonObject planned = good().add("plannedDates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("startDate", "2019-04-01T00:00:00Z").add("endDate", "2020-02-30").add("duration", 12))).build();
        assertEquals(List.of("plannedDates[0].endDate"), fieldsAtFault(planned));
    }

    @Test
    void everyProblemOfAGrantIsReportedAtOnce() {
        assertEquals(List.of("title", "currency", "awardDate"), fieldsAtFault(good().remove("title")
                .add("currency", "XX").add("awardDate", "2019-13-45").build()));
    }

    @Test
    void fieldsBeyondTheColumnsAreKeptAndDoNotStopTheGrant() {
        JsonObject grant = good()
                .add("awardDate", "2019-04-01")
                .add("toTheMoon", Json.createObjectBuilder().add("rocket", "yes"))
                .add("classifications", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "X")))
                .add("recipientOrganization", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", "GB-COH-01234567").add("name", "A company")
                                .add("companyNumber", "01234567").add("postalCode", "M1 1AA"))
                        .add(Json.createObjectBuilder().add("id", "GB-CHC-7654321").add("name", "A partner")))
                .add("beneficiaryLocation", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Trafford").add("geoCode", "E08000009").add("latitude", 53.4)))
                .build();
        GrantValidation.Checked checked = GrantValidation.check(grant);
        assertTrue(checked.valid(), checked.problems()::toString);
        JsonObject extensions = checked.grant().extensions();
        assertEquals("yes", extensions.getJsonObject("toTheMoon").getString("rocket"));
        assertEquals("01234567", extensions.getJsonArray("recipientOrganization").getJsonObject(0).getString("companyNumber"));
        assertEquals("GB-CHC-7654321", extensions.getJsonArray("recipientOrganization").getJsonObject(1).getString("id"),
                "a second recipient is kept whole");
        assertEquals(JsonShapes.canonical(grant), JsonShapes.canonical(checked.grant().toJson()));
    }

    @Test
    void theFingerprintIgnoresKeyOrderAndTrailingZeros() {
        JsonObject a = good().add("amountAwarded", new BigDecimal("2266")).build();
        JsonObject b = good().add("amountAwarded", new BigDecimal("2266.00")).build();
        assertEquals(GrantValidation.check(a).grant().contentSha256(), GrantValidation.check(b).grant().contentSha256());
        JsonObject c = good().add("amountAwarded", new BigDecimal("2266.01")).build();
        assertFalse(GrantValidation.check(a).grant().contentSha256().equals(GrantValidation.check(c).grant().contentSha256()));
    }

    @Test
    void recipientTypesFollowTheRegisterInTheOrgId() {
        assertEquals(OrganisationType.REGISTERED_CHARITY, RecipientTypes.of(OrgId.of("GB-CHC-1168925")));
        assertEquals(OrganisationType.REGISTERED_CHARITY, RecipientTypes.of(OrgId.of("GB-SC-SC012345")));
        assertEquals(OrganisationType.COMPANY, RecipientTypes.of(OrgId.of("GB-COH-04783624")));
        assertEquals(OrganisationType.INFORMAL_GROUP, RecipientTypes.of(OrgId.of("360G-trafford-be_active")));
    }
}
