package uk.commissioning.funding.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.funding.entity.DecisionType;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.NotFoundException;

/**
 * The decisions the viewer may cite, one of them picked out ({@code ?id=}), and recording a new one in the name of
 * the viewer's own organisation ({@link Decisions#record} refuses any other), after a question that restates it.
 */
@Named
@ViewScoped
public class DecisionsPage implements Serializable {

    /** The table's page size; the page holding a picked-out decision is opened. */
    static final int ROWS = 25;

    @Inject
    transient Caller caller;

    @Inject
    transient Decisions decisions;

    @Inject
    transient Organisations organisations;

    @Inject
    transient Format fmt;

    private Long id;
    private Decision picked;
    private List<Decision> visible;

    private Long organisationId;
    private String reference;
    private DecisionType type;
    private String title;
    private String signatory;
    private String signatoryRole;
    private LocalDate dateSigned;
    private String summary;

    public void load() {
        if (visible != null) {
            return;
        }
        visible = decisions.visibleTo(caller.viewer());
        organisationId = caller.viewer().organisationId();
        if (id != null) {
            try {
                picked = decisions.get(id, caller.viewer());
            } catch (NotFoundException e) {
                Messages.error("There is no decision " + id + " that you can see; all those you can see are listed below.");
            }
        }
    }

    /** The bodies a decision may be recorded for: the viewer's own organisation (administrators: any). */
    public List<Organisation> getBodies() {
        Viewer viewer = caller.viewer();
        return viewer.seesEverything() ? organisations.all()
                : organisations.all().stream().filter(o -> o.id().equals(viewer.organisationId())).toList();
    }

    public DecisionType[] getTypes() {
        return DecisionType.values();
    }

    /** Nothing to do: the values are in the bean and the dialog reads {@link #getQuestion} from them. */
    public void ask() {
    }

    /** The decision in words, as it will be recorded for good. */
    public String getQuestion() {
        if (reference == null || type == null || dateSigned == null) {
            return "";
        }
        String body = getBodies().stream().filter(o -> o.id().equals(organisationId)).findFirst().map(Organisation::name)
                .orElse("the organisation chosen");
        return "Record " + reference.strip() + " (" + fmt.words(type).toLowerCase(java.util.Locale.UK) + ") of the " + body
                + ", signed on " + fmt.date(dateSigned) + " by " + signatory + ", " + signatoryRole + ": '" + title
                + "'? Once recorded a decision cannot be changed or deleted; it can then be cited for the " + body
                + "'s money.";
    }

    public String record() {
        return Messages.attempt("decision", "The decision was not recorded", () -> {
            Decision decision = decisions.record(reference.strip(), type, title, organisationId, signatory, signatoryRole,
                    dateSigned, summary, caller.viewer());
            Messages.flash("Decision " + decision.reference() + " recorded for the " + decision.organisation().name()
                    + ". It can now be cited for transfers, allocations and contracts.");
            return "/decisions/index?faces-redirect=true&id=" + decision.id();
        });
    }

    public boolean isPicked(Decision decision) {
        return picked != null && picked.id().equals(decision.id());
    }

    /** The first row of the table's page that holds the picked-out decision. */
    public int getFirst() {
        if (picked == null) {
            return 0;
        }
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(picked.id())) {
                return i / ROWS * ROWS;
            }
        }
        return 0;
    }

    public int getRows() {
        return ROWS;
    }

    public List<Decision> getDecisions() {
        return visible;
    }

    public Decision getPicked() {
        return picked;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public DecisionType getType() {
        return type;
    }

    public void setType(DecisionType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getSignatoryRole() {
        return signatoryRole;
    }

    public void setSignatoryRole(String signatoryRole) {
        this.signatoryRole = signatoryRole;
    }

    public LocalDate getDateSigned() {
        return dateSigned;
    }

    public void setDateSigned(LocalDate dateSigned) {
        this.dateSigned = dateSigned;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
