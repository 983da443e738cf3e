package uk.commissioning.contracts.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.contracts.control.ContractDraft;
import uk.commissioning.contracts.control.ContractLifecycle;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractType;
import uk.commissioning.contracts.entity.FundingShare;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.funding.control.Allocations;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.control.Funds;
import uk.commissioning.funding.entity.Allocation;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.Fund;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * A commissioner sets up a draft contract: one paying fund (optionally from one of its allocations), one service of
 * the provider, quarterly instalments in arrears. The viewer's organisation is the commissioner.
 */
@Named
@ViewScoped
public class NewContractPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient ContractLifecycle contracts;

    @Inject
    transient Services services;

    @Inject
    transient Funds funds;

    @Inject
    transient Allocations allocations;

    @Inject
    transient Decisions decisions;

    @Inject
    transient Organisations organisations;

    private String reference;
    private String title;
    private ContractType type = ContractType.BLOCK;
    private Long providerId;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal value;
    private Long fundId;
    private Long allocationId;
    private Long serviceId;
    private Long decisionId;
    private String conditions;

    /** Only commissioners and administrators set up contracts; anyone else gets the not-found page. */
    public void load() throws IOException {
        Viewer viewer = caller.viewer();
        if (!(viewer.seesEverything() || viewer.is(Role.COMMISSIONER))) {
            Messages.notFound();
        }
    }

    /** The value is in the currency of the fund that pays it (the service refuses a share in any other). */
    public String create() {
        Viewer viewer = caller.viewer();
        return Messages.attempt("contract", "The contract was not created", () -> {
            Money amount = InputRules.amount(value, funds.get(fundId, "fundId", viewer).currency(), "value");
            Contract contract = contracts.create(new ContractDraft(reference.strip(), title.strip(), type, providerId, null,
                    List.of(viewer.organisationId()), startDate, endDate, amount, blankToNull(conditions), decisionId,
                    List.of(new FundingShare(fundId, allocationId, amount)),
                    serviceId == null ? List.of() : List.of(new ContractDraft.ServiceLine(serviceId, null)), List.of()), viewer);
            Messages.flash("Draft contract " + contract.reference() + " created. It commits no money until it is activated.");
            return "/contracts/contract?faces-redirect=true&id=" + contract.id();
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** When the provider changes, its services; when the fund changes, its allocations. */
    public void providerChanged() {
        serviceId = null;
    }

    public void fundChanged() {
        allocationId = null;
    }

    public String getCommissionerName() {
        Long org = caller.viewer().organisationId();
        return org == null ? "" : organisations.get(org).name();
    }

    public ContractType[] getTypes() {
        return ContractType.values();
    }

    public List<Organisation> getProviders() {
        return organisations.all().stream().filter(o -> o.type().sector() == OrganisationType.Sector.VCSE).toList();
    }

    public List<Fund> getFunds() {
        return funds.all(caller.viewer());
    }

    public List<Allocation> getAllocations() {
        return fundId == null ? List.of() : allocations.ofFund(fundId, caller.viewer());
    }

    public List<VcseService> getProviderServices() {
        return providerId == null ? List.of() : services.ofProvider(providerId);
    }

    /** The viewer's organisation's decisions and its fund partners'; the service checks the one chosen against the funds. */
    public List<Decision> getDecisions() {
        return decisions.visibleTo(caller.viewer());
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ContractType getType() {
        return type;
    }

    public void setType(ContractType type) {
        this.type = type;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Long getFundId() {
        return fundId;
    }

    public void setFundId(Long fundId) {
        this.fundId = fundId;
    }

    public Long getAllocationId() {
        return allocationId;
    }

    public void setAllocationId(Long allocationId) {
        this.allocationId = allocationId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(Long decisionId) {
        this.decisionId = decisionId;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }
}
