package uk.commissioning.contracts.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import uk.commissioning.contracts.control.LinkWorkerPosts;
import uk.commissioning.contracts.entity.LinkWorkerPost;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.period.FinancialYear;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * Link-worker posts the viewer's organisation employs, recorded or tops up, with what the reimbursement scheme pays and
 * the shortfall; and the form that records a post (commissioners and administrators, or a finance lead for their own
 * organisation).
 */
@Named
@ViewScoped
public class LinkWorkersPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient LinkWorkerPosts posts;

    @Inject
    transient Organisations organisations;

    private List<LinkWorkerPost> visible;

    private String title;
    private Long employerId;
    private boolean nhsEmployer;
    private String pcns;
    private String year = "2019-20";
    private String areaCode;
    private BigDecimal fte = BigDecimal.ONE;
    private BigDecimal salary;
    private BigDecimal employerOnCosts;
    private BigDecimal supervision = BigDecimal.ZERO;
    private BigDecimal travel = BigDecimal.ZERO;
    private BigDecimal it = BigDecimal.ZERO;
    private BigDecimal premises = BigDecimal.ZERO;
    private Long toppedUpById;

    public List<LinkWorkerPost> getPosts() {
        if (visible == null) {
            visible = posts.visible(caller.viewer());
        }
        return visible;
    }

    public boolean isMayRecord() {
        Viewer viewer = caller.viewer();
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER) || viewer.is(Role.VCSE_FINANCE);
    }

    /** A finance lead records only their own organisation's posts. */
    public boolean isChoosesEmployer() {
        Viewer viewer = caller.viewer();
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER);
    }

    public String getOwnOrganisation() {
        Long org = caller.viewer().organisationId();
        return org == null ? "" : organisations.get(org).name();
    }

    /** A new post's costs are in the application's currency ({@link Money#DEFAULT_CURRENCY}); nothing typed is zero. */
    public void record() {
        Viewer viewer = caller.viewer();
        boolean recorded = Messages.attempt("post", "The post was not recorded", () -> {
            Long employer = isChoosesEmployer() ? employerId : viewer.organisationId();
            List<String> served = Arrays.stream(pcns == null ? new String[0] : pcns.split("[;\\n]"))
                    .map(String::strip).filter(p -> !p.isEmpty()).toList();
            String area = areaCode == null || areaCode.isBlank() ? null : areaCode.strip().toUpperCase(java.util.Locale.ROOT);
            LinkWorkerPost post = posts.create(new LinkWorkerPosts.PostDraft(title.strip(), employer, nhsEmployer, served,
                    InputRules.parse(year, FinancialYear::parse, "year"), area, fte, cost(salary, "salary"),
                    cost(employerOnCosts, "employerOnCosts"), cost(supervision, "supervision"), cost(travel, "travel"),
                    cost(it, "it"), cost(premises, "premises"), null, toppedUpById), viewer);
            Messages.info("Post '" + post.title() + "' recorded: the scheme reimburses "
                    + post.costing().reimbursable().display() + "; the shortfall is " + post.costing().shortfall().display() + ".");
        });
        if (recorded) {
            visible = null;
            clearForm();
        }
    }

    private void clearForm() {
        title = null;
        employerId = null;
        nhsEmployer = false;
        pcns = null;
        areaCode = null;
        fte = BigDecimal.ONE;
        salary = null;
        employerOnCosts = null;
        supervision = BigDecimal.ZERO;
        travel = BigDecimal.ZERO;
        it = BigDecimal.ZERO;
        premises = BigDecimal.ZERO;
        toppedUpById = null;
    }

    private static Money cost(BigDecimal amount, String field) {
        return InputRules.amount(amount == null ? BigDecimal.ZERO : amount, Money.DEFAULT_CURRENCY, field);
    }

    public List<Organisation> getOrganisations() {
        return organisations.all();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public boolean isNhsEmployer() {
        return nhsEmployer;
    }

    public void setNhsEmployer(boolean nhsEmployer) {
        this.nhsEmployer = nhsEmployer;
    }

    public String getPcns() {
        return pcns;
    }

    public void setPcns(String pcns) {
        this.pcns = pcns;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public void setFte(BigDecimal fte) {
        this.fte = fte;
    }

    public BigDecimal getSalary() {
        return salary;
    }

    public void setSalary(BigDecimal salary) {
        this.salary = salary;
    }

    public BigDecimal getEmployerOnCosts() {
        return employerOnCosts;
    }

    public void setEmployerOnCosts(BigDecimal employerOnCosts) {
        this.employerOnCosts = employerOnCosts;
    }

    public BigDecimal getSupervision() {
        return supervision;
    }

    public void setSupervision(BigDecimal supervision) {
        this.supervision = supervision;
    }

    public BigDecimal getTravel() {
        return travel;
    }

    public void setTravel(BigDecimal travel) {
        this.travel = travel;
    }

    public BigDecimal getIt() {
        return it;
    }

    public void setIt(BigDecimal it) {
        this.it = it;
    }

    public BigDecimal getPremises() {
        return premises;
    }

    public void setPremises(BigDecimal premises) {
        this.premises = premises;
    }

    public Long getToppedUpById() {
        return toppedUpById;
    }

    public void setToppedUpById(Long toppedUpById) {
        this.toppedUpById = toppedUpById;
    }
}
