package uk.commissioning.payments.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.organisations.control.Organisations;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.organisations.entity.OrganisationType;
import uk.commissioning.payments.control.PaymentRuns;
import uk.commissioning.payments.control.RemittanceIntake;
import uk.commissioning.payments.control.Remittances;
import uk.commissioning.payments.entity.PaymentLine;
import uk.commissioning.payments.entity.PaymentReceipt;
import uk.commissioning.payments.entity.PaymentRun;
import uk.commissioning.payments.entity.Remittance;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * Payment runs (docs/PAYMENTS.md), the same operations as {@code /api/payment-runs}: the organisation's runs, starting
 * one (an administrator picks the organisation) and following its progress while the job schedules, a run's lines
 * and remittances, and uploading a remittance with every refused line listed. Another organisation's run is not found.
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient PaymentRuns runs;

    @Inject
    transient RemittanceIntake intake;

    @Inject
    transient Organisations organisations;

    private Long id;
    private Long organisationId;
    private String upToQuarter;
    private String runDate;
    private transient Part remittanceUpload;
    private List<RefusedLine> refusedLines = List.of();

    /** A remittance line that did not match, as the page lists it. */
    public record RefusedLine(String line, String problem) implements Serializable {
    }

    private transient PaymentRun selected;
    private transient List<PaymentRun> recent;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            selected = runs.get(id, caller.viewer());
        } catch (NotFoundException e) {
            Messages.notFound();
        }
    }

    public boolean isPicksOrganisation() {
        return caller.viewer().seesEverything();
    }

    public boolean isMayRemit() {
        Viewer viewer = caller.viewer();
        return viewer.seesEverything() || viewer.is(Role.COMMISSIONER);
    }

    /** Commissioner organisations by name, for an administrator's choice. */
    public List<Organisation> getPayers() {
        return organisations.all().stream().filter(o -> o.type().sector() == OrganisationType.Sector.COMMISSIONER).toList();
    }

    /** Starts a run and shows its progress on a fresh page (a reload does not start another). */
    public void start() throws IOException {
        LocalDate date;
        try {
            date = runDate == null || runDate.isBlank() ? null : LocalDate.parse(runDate.strip());
        } catch (DateTimeParseException e) {
            Messages.error("The run was not started: the run date must be a date such as 2019-07-10.");
            return;
        }
        Quarter quarter;
        try {
            quarter = upToQuarter == null || upToQuarter.isBlank() ? null : Quarter.parse(upToQuarter.strip());
        } catch (IllegalArgumentException e) {
            Messages.error("The run was not started: the last quarter must be written like 2019-20 Q1.");
            return;
        }
        PaymentRun run = Messages.attempt("start", "The run was not started", () -> runs.start(new PaymentRuns.Request(
                isPicksOrganisation() ? organisationId : null, quarter, date, null), LocalDate.now(ZoneOffset.UTC), caller.viewer()));
        if (run != null) {
            Messages.flash("Payment run " + run.reference() + " started.");
            redirect(run.id());
        }
    }

    /** Applies a remittance file to the selected run: all lines or none; every refused line is listed. */
    public void remit() throws IOException {
        refusedLines = List.of();
        Part file = remittanceUpload;
        if (file == null || file.getSize() == 0) {
            Messages.error("No remittance was applied: choose the remittance CSV file first.");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(Remittances.MAX_BYTES + 1);
        }
        try {
            Remittance applied = intake.receive(id, file.getSubmittedFileName(), bytes, caller.viewer());
            Messages.flash("Remittance applied: " + applied.lineCount() + " payments, £" + applied.paidTotal().toPlainString() + ".");
            redirect(id);
        } catch (RuleViolation refused) {
            if (refused.reason() == Reason.REMITTANCE_MISMATCH) {
                refusedLines = refused.problems().stream().map(p -> new RefusedLine(p.field(), p.message())).toList();
                Messages.error("No remittance was applied: " + refusedLines.size() + (refusedLines.size() == 1 ? " line does" : " lines do")
                        + " not match the run; each is listed below. Correct the file and upload it again.");
            } else {
                Messages.error("No remittance was applied: " + refused.getMessage());
            }
        } catch (NotFoundException missing) {
            Messages.error("No remittance was applied: " + missing.getMessage());
        }
    }

    /** The poll's listener: the run as it now is. */
    public void refresh() {
        if (id != null) {
            selected = runs.get(id, caller.viewer());
        }
    }

    public boolean isPolling() {
        return selected != null && selected.status().isRunning();
    }

    public List<PaymentRun> getRecent() {
        if (recent == null) {
            recent = runs.list(caller.viewer(), 50);
        }
        return recent;
    }

    public List<PaymentLine> getLines() {
        return selected == null ? List.of() : runs.lines(selected.id(), caller.viewer());
    }

    public Map<Long, PaymentReceipt> getReceipts() {
        return selected == null ? Map.of() : runs.receipts(selected.id(), caller.viewer());
    }

    public List<Remittance> getRemittances() {
        return selected == null ? List.of() : runs.remittances(selected.id(), caller.viewer());
    }

    public String organisationName(PaymentRun run) {
        return runs.organisation(run).name();
    }

    private static void redirect(Long runId) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/payments/index.xhtml?id=" + runId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PaymentRun getSelected() {
        return selected;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getUpToQuarter() {
        return upToQuarter;
    }

    public void setUpToQuarter(String upToQuarter) {
        this.upToQuarter = upToQuarter;
    }

    public String getRunDate() {
        return runDate;
    }

    public void setRunDate(String runDate) {
        this.runDate = runDate;
    }

    public Part getRemittanceUpload() {
        return remittanceUpload;
    }

    public void setRemittanceUpload(Part remittanceUpload) {
        this.remittanceUpload = remittanceUpload;
    }

    public List<RefusedLine> getRefusedLines() {
        return refusedLines;
    }
}
