package uk.commissioning.contracts.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractFunding;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractVariation;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;

/**
 * Contracts as an Open Contracting Data Standard 1.1 release package: one release per signed contract, with parties in
 * their roles (buyer = commissioners, supplier and payee = provider, funder = the owners of the paying funds, payer =
 * the fund's host where it has one), the award, the contract with its services as items, report milestones, and each
 * variation as an amendment. A subcontract's release points at its lead's process (relatedProcesses "parent"), and
 * the lead's at its subcontracts ("subContract"). Payments made under the contract are its
 * implementation.transactions, from whichever feature pays ({@link ContractTransactions}); a contract with none
 * carries no implementation.
 */
@Stateless
public class OcdsExport {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_INSTANT;

    @Inject
    ContractQueries contracts;

    @Inject
    Services services;

    @Inject
    jakarta.enterprise.inject.Instance<ContractTransactions> payments;

    /** "ocds-" and a six-character prefix registered with the OCDS Data Support Team; set yours in OCDS_OCID_PREFIX. */
    @Inject
    @ConfigProperty(name = "ocds.ocid-prefix", defaultValue = "ocds-spcm00")
    String ocidPrefix;

    @Inject
    @ConfigProperty(name = "ocds.publisher", defaultValue = "Social prescribing commissioning (demo)")
    String publisher;

    public JsonObject releasePackage(List<Contract> signed, String uri) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonArrayBuilder releases = Json.createArrayBuilder();
        for (Contract contract : signed) {
            if (contract.status() != ContractStatus.DRAFT) {
                releases.add(release(contract, uri));
            }
        }
        return Json.createObjectBuilder()
                .add("uri", uri)
                .add("version", "1.1")
                .add("publishedDate", DATE_TIME.format(now))
                .add("publisher", Json.createObjectBuilder().add("name", publisher))
                .add("license", "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
                .add("releases", releases)
                .build();
    }

    public String ocid(Contract contract) {
        return ocidPrefix + "-" + contract.reference();
    }

    JsonObject release(Contract contract, String uri) {
        List<ContractVariation> variations = contracts.variations(contract.id());
        Map<Long, PartyRoles> parties = new LinkedHashMap<>();
        for (Organisation buyer : contract.commissioners()) {
            role(parties, buyer, "buyer");
        }
        role(parties, contract.provider(), "supplier");
        role(parties, contract.provider(), "payee");
        Contract paying = contract.isSubcontract() ? contract.leadContract() : contract;
        if (contract.isSubcontract()) {
            role(parties, contract.leadContract().provider(), "payer");
        }
        for (ContractFunding line : paying.funding()) {
            Fund fund = line.fund();
            role(parties, fund.owner(), "funder");
            if (!contract.isSubcontract()) {
                role(parties, fund.host() != null ? fund.host() : fund.owner(), "payer");
            }
        }
        JsonArrayBuilder partyArray = Json.createArrayBuilder();
        parties.values().forEach(p -> partyArray.add(p.json()));

        Organisation buyer = contract.commissioners().get(0);
        String awardId = contract.reference() + "-award";
        JsonObjectBuilder release = Json.createObjectBuilder()
                .add("ocid", ocid(contract))
                .add("id", contract.reference() + "-" + contract.status().name().toLowerCase() + "-" + variations.size())
                .add("date", dateTime(releaseDate(contract, variations)))
                .add("tag", Json.createArrayBuilder().add(tag(contract, variations)))
                .add("initiationType", "tender")
                .add("language", "en")
                .add("parties", partyArray)
                .add("buyer", orgRef(buyer))
                .add("awards", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", awardId)
                        .add("title", contract.title())
                        .add("status", "active")
                        .add("date", dateTime(contract.activatedOn()))
                        .add("value", value(contract.value()))
                        .add("suppliers", Json.createArrayBuilder().add(orgRef(contract.provider())))))
                .add("contracts", Json.createArrayBuilder().add(contractJson(contract, awardId, variations, uri)));
        JsonArray related = relatedProcesses(contract);
        if (!related.isEmpty()) {
            release.add("relatedProcesses", related);
        }
        return release.build();
    }

    private JsonObject contractJson(Contract contract, String awardId, List<ContractVariation> variations, String uri) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", contract.reference())
                .add("awardID", awardId)
                .add("title", contract.title())
                .add("description", contract.type().name().toLowerCase().replace('_', ' ')
                        + (contract.conditions() == null ? "" : ". Conditions: " + contract.conditions()))
                .add("status", contract.status() == ContractStatus.ACTIVE ? "active" : "terminated")
                .add("period", Json.createObjectBuilder().add("startDate", dateTime(contract.startDate()))
                        .add("endDate", dateTime(contract.endDate())))
                .add("value", value(contract.value()))
                .add("dateSigned", dateTime(contract.activatedOn()));
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ContractService bought : contract.services()) {
            VcseService service = services.get(bought.serviceId());
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", "service-" + service.id())
                    .add("description", service.name())
                    .add("unit", Json.createObjectBuilder().add("name", service.capacityUnit().name().toLowerCase())
                            .add("value", value(service.unitCost())));
            if (bought.unitsPerQuarter() != null) {
                item.add("quantity", bought.unitsPerQuarter());
            }
            items.add(item);
        }
        json.add("items", items);
        JsonArrayBuilder milestones = Json.createArrayBuilder();
        for (PaymentScheduleLine line : contract.currentSchedule()) {
            if (line.kind() == ScheduleKind.MILESTONE) {
                JsonObjectBuilder milestone = Json.createObjectBuilder()
                        .add("id", "milestone-" + line.id())
                        .add("title", line.description())
                        .add("type", "reporting")
                        .add("dueDate", dateTime(line.dueDate()))
                        .add("status", line.isReleased() ? "met" : "scheduled");
                if (line.isReleased()) {
                    milestone.add("dateMet", dateTime(line.reportAcceptedAt()));
                }
                milestones.add(milestone);
            }
        }
        json.add("milestones", milestones);
        JsonArrayBuilder amendments = Json.createArrayBuilder();
        for (ContractVariation v : variations) {
            amendments.add(Json.createObjectBuilder()
                    .add("id", "variation-" + v.number())
                    .add("date", dateTime(v.createdAt()))
                    .add("rationale", v.reason() + (v.decision() == null ? "" : " (decision " + v.decision().reference() + ")"))
                    .add("description", "%s: value %s to %s; period %s to %s (was %s to %s)".formatted(v.kind(),
                            v.previousValue(), v.newValue(), v.newStartDate(), v.newEndDate(), v.previousStartDate(),
                            v.previousEndDate())));
        }
        json.add("amendments", amendments);
        JsonArrayBuilder transactions = Json.createArrayBuilder();
        int paid = 0;
        for (ContractTransactions source : payments) {
            for (ContractTransactions.Transaction t : source.of(contract)) {
                transactions.add(Json.createObjectBuilder()
                        .add("id", t.id())
                        .add("source", java.net.URI.create(uri).resolve("../" + t.sourcePath()).toString())
                        .add("date", dateTime(t.date()))
                        .add("value", value(t.value()))
                        .add("payer", orgRef(t.payer()))
                        .add("payee", orgRef(t.payee())));
                paid++;
            }
        }
        if (paid > 0) {
            json.add("implementation", Json.createObjectBuilder().add("transactions", transactions));
        }
        return json.build();
    }

    private JsonArray relatedProcesses(Contract contract) {
        JsonArrayBuilder related = Json.createArrayBuilder();
        int n = 1;
        if (contract.isSubcontract()) {
            Contract lead = contract.leadContract();
            related.add(Json.createObjectBuilder().add("id", String.valueOf(n++))
                    .add("relationship", Json.createArrayBuilder().add("parent"))
                    .add("title", lead.title()).add("scheme", "ocid").add("identifier", ocid(lead)));
        }
        for (Contract sub : contracts.subcontracts(contract.id())) {
            if (sub.status() != ContractStatus.DRAFT) {
                related.add(Json.createObjectBuilder().add("id", String.valueOf(n++))
                        .add("relationship", Json.createArrayBuilder().add("subContract"))
                        .add("title", sub.title()).add("scheme", "ocid").add("identifier", ocid(sub)));
            }
        }
        return related.build();
    }

    private static String tag(Contract contract, List<ContractVariation> variations) {
        if (contract.status().isClosed()) {
            return "contractTermination";
        }
        return variations.isEmpty() ? "contract" : "contractAmendment";
    }

    private static Instant releaseDate(Contract contract, List<ContractVariation> variations) {
        Instant date = contract.activatedAt() != null ? contract.activatedAt() : contract.createdAt();
        for (ContractVariation v : variations) {
            if (v.createdAt().isAfter(date)) {
                date = v.createdAt();
            }
        }
        return contract.closedAt() != null && contract.closedAt().isAfter(date) ? contract.closedAt() : date;
    }

    private static void role(Map<Long, PartyRoles> parties, Organisation org, String role) {
        parties.computeIfAbsent(org.id(), id -> new PartyRoles(org)).roles.add(role);
    }

    private static JsonObjectBuilder orgRef(Organisation org) {
        return Json.createObjectBuilder().add("id", org.orgId().value()).add("name", org.name());
    }

    private static JsonObjectBuilder value(Money money) {
        return Json.createObjectBuilder().add("amount", money.amount()).add("currency", money.currencyCode());
    }

    private static String dateTime(LocalDate date) {
        return DATE_TIME.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** An organisation and the roles it plays in one contracting process; its org-id split into scheme and id. */
    private static final class PartyRoles {
        private final Organisation org;
        private final Set<String> roles = new LinkedHashSet<>();

        PartyRoles(Organisation org) {
            this.org = org;
        }

        JsonObjectBuilder json() {
            String orgId = org.orgId().value();
            String[] parts = orgId.split("-", 3);
            String scheme = parts.length == 3 ? parts[0] + "-" + parts[1] : parts[0];
            String id = parts.length == 3 ? parts[2] : orgId.substring(orgId.indexOf('-') + 1);
            JsonArrayBuilder roleArray = Json.createArrayBuilder();
            roles.forEach(roleArray::add);
            return Json.createObjectBuilder().add("id", orgId).add("name", org.name())
                    .add("identifier", Json.createObjectBuilder().add("scheme", scheme).add("id", id).add("legalName", org.name()))
                    .add("roles", roleArray);
        }
    }
}
