package uk.commissioning.contracts.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.commissioning.contracts.control.NeedCategories;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.CapacityUnit;
import uk.commissioning.contracts.entity.NeedCategory;
import uk.commissioning.contracts.entity.ServiceStatus;
import uk.commissioning.contracts.entity.ServiceTerms;
import uk.commissioning.contracts.entity.VcseService;
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
 * One service in the directory, and the form that edits it or adds a new one. Who may edit mirrors the service
 * layer: administrators, commissioners, and the provider's own finance leads.
 */
@Named
@ViewScoped
public class ServicePage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient Services services;

    @Inject
    transient NeedCategories needCategories;

    @Inject
    transient Organisations organisations;

    private Long id;
    private VcseService service;
    private boolean loaded;

    private Long providerId;
    private String name;
    private String description;
    private List<String> needs = new ArrayList<>();
    private String areas;
    private CapacityUnit capacityUnit = CapacityUnit.REFERRALS;
    private Integer capacityPerQuarter;
    private BigDecimal unitCost;
    private Integer minAge;
    private Integer maxAge;
    private String eligibility;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private ServiceStatus status = ServiceStatus.ACTIVE;
    private Integer version;

    /** With an id: that service (anyone signed in may read the directory). Without: a new service, for those who may add one. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Viewer viewer = caller.viewer();
        if (id == null) {
            if (!isMayCreate()) {
                Messages.notFound();
                return;
            }
            if (viewer.is(Role.VCSE_FINANCE)) {
                providerId = viewer.organisationId();
            }
            return;
        }
        try {
            service = services.get(id);
        } catch (NotFoundException e) {
            Messages.notFound();
            return;
        }
        fill(service);
    }

    private void fill(VcseService s) {
        ServiceTerms t = s.terms();
        providerId = s.provider().id();
        name = t.name();
        description = t.description();
        needs = new ArrayList<>(t.needs());
        areas = t.areas().stream().sorted().collect(Collectors.joining(", "));
        capacityUnit = t.capacityUnit();
        capacityPerQuarter = t.capacityPerQuarter();
        unitCost = t.unitCost().amount();
        minAge = t.minAge();
        maxAge = t.maxAge();
        eligibility = t.eligibility();
        contactName = t.contactName();
        contactEmail = t.contactEmail();
        contactPhone = t.contactPhone();
        status = t.status();
        version = s.rowVersion();
    }

    public String save() {
        Viewer viewer = caller.viewer();
        if (minAge != null && maxAge != null && maxAge < minAge) {
            Messages.error("The maximum age is below the minimum age.");
            return null;
        }
        Set<String> areaCodes = Arrays.stream(areas == null ? new String[0] : areas.split("[,;\\s]+"))
                .map(String::strip).filter(a -> !a.isEmpty()).map(a -> a.toUpperCase(Locale.UK))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Messages.attempt("service", "The service was not saved", () -> {
            // An existing service keeps its currency; a new one is priced in the application's.
            Currency currency = service == null ? Money.DEFAULT_CURRENCY : service.terms().unitCost().currency();
            ServiceTerms terms = new ServiceTerms(name, blankToNull(description), new LinkedHashSet<>(needs), areaCodes,
                    capacityUnit, capacityPerQuarter == null ? 0 : capacityPerQuarter,
                    InputRules.amount(unitCost, currency, "unitCost"), minAge, maxAge, blankToNull(eligibility),
                    blankToNull(contactName), blankToNull(contactEmail), blankToNull(contactPhone), status);
            if (service == null) {
                VcseService created = services.create(providerId, terms, viewer);
                Messages.flash("Service '" + created.name() + "' added to the directory.");
                return "/services/service?faces-redirect=true&id=" + created.id();
            }
            service = services.update(service.id(), terms, version, viewer);
            fill(service);
            Messages.info("Service '" + service.name() + "' saved.");
            return null;
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The service layer's rule: administrators, commissioners, and the provider's own finance leads. */
    public boolean isMayEdit() {
        if (service == null) {
            return isMayCreate();
        }
        return Services.mayEdit(caller.viewer(), service.provider());
    }

    public boolean isMayCreate() {
        Viewer viewer = caller.viewer();
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER) || viewer.is(Role.VCSE_FINANCE);
    }

    /** Commissioners and administrators choose the provider; a finance lead adds services to their own organisation. */
    public boolean isChoosesProvider() {
        Viewer viewer = caller.viewer();
        return service == null && (viewer.seesEverything() || viewer.is(Role.COMMISSIONER));
    }

    public List<Organisation> getProviders() {
        return organisations.all().stream().filter(o -> o.type().sector() == OrganisationType.Sector.VCSE).toList();
    }

    public String getProviderName() {
        return providerId == null ? "" : organisations.get(providerId).name();
    }

    public List<NeedCategory> getNeedCategories() {
        return needCategories.all();
    }

    public String needNames() {
        return service == null ? "" : needCategories.all().stream().filter(n -> service.needs().contains(n.code()))
                .map(NeedCategory::name).collect(Collectors.joining(", "));
    }

    public String areaNames() {
        return service == null ? "" : service.areas().stream().sorted().map(code -> {
            String area = services.areaName(code);
            return area == null ? code : area + " (" + code + ")";
        }).collect(Collectors.joining(", "));
    }

    public CapacityUnit[] getCapacityUnits() {
        return CapacityUnit.values();
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VcseService getService() {
        return service;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
    }

    public String getAreas() {
        return areas;
    }

    public void setAreas(String areas) {
        this.areas = areas;
    }

    public CapacityUnit getCapacityUnit() {
        return capacityUnit;
    }

    public void setCapacityUnit(CapacityUnit capacityUnit) {
        this.capacityUnit = capacityUnit;
    }

    public Integer getCapacityPerQuarter() {
        return capacityPerQuarter;
    }

    public void setCapacityPerQuarter(Integer capacityPerQuarter) {
        this.capacityPerQuarter = capacityPerQuarter;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }
}
