package uk.commissioning.demand.imports.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ValueChangeEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import uk.commissioning.demand.imports.control.DemandImports;
import uk.commissioning.demand.imports.control.ImportRecords;
import uk.commissioning.demand.imports.entity.DemandImport;
import uk.commissioning.demand.imports.entity.ImportFormat;
import uk.commissioning.demand.imports.entity.ImportStatus;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * Demand files (docs/DEMAND-FORMATS.md), the same operations as {@code /api/demand/imports}: commissioners, VCSE
 * finance leads and administrators upload a CSV; everyone sees their organisation's recent imports (administrators
 * all of them), follows one import's progress while the batch job reads it, and reads its rejected lines. An import
 * of another organisation is not found.
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    static final int RECENT = 50;
    static final int ERRORS_SHOWN = 200;
    static final String DETECT = "detect";

    @Inject
    transient Caller caller;

    @Inject
    transient DemandImports imports;

    @Inject
    transient ImportRecords records;

    private Long id;
    private boolean errors;
    private String format = DETECT;

    private transient DemandImport selected;
    private transient List<DemandImport> recent;
    private transient List<ImportRecords.RejectedLine> rejected;

    /** With {@code id}: that import's progress (and with {@code errors=true} its rejected lines), if the viewer may see it. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            selected = records.get(id, caller.viewer());
        } catch (NotFoundException e) {
            Messages.notFound();
        }
    }

    public boolean isMayUpload() {
        Viewer viewer = caller.viewer();
        return viewer.is(Role.COMMISSIONER) || viewer.is(Role.VCSE_FINANCE) || viewer.is(Role.ADMIN);
    }

    /**
     * The upload's listener: stages the file and starts the job, then shows its progress on a fresh page (so a reload
     * does not upload again). A refused file is said in the messages and the form stays as it was.
     */
    public void upload(FileUploadEvent event) throws IOException {
        if (!isMayUpload()) {
            Messages.error("Only commissioners, VCSE finance leads and administrators can upload demand files.");
            return;
        }
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0) {
            Messages.error("The file was empty: choose a CSV file with a header line.");
            return;
        }
        DemandImport started;
        try (InputStream in = file.getInputStream()) {
            started = imports.upload(in, file.getFileName(), ImportFormat.fromParameter(format).orElse(null), caller.viewer());
        } catch (RuleViolation e) {
            Messages.error("The file was not accepted: " + e.getMessage() + ".");
            return;
        }
        Messages.flash("Import " + started.id() + " of " + started.fileName() + " has started: "
                + started.totalLines() + " lines after the header.");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/demand/imports.xhtml?id=" + started.id());
    }

    /**
     * The format select's choice, as soon as it is validated: the upload's listener runs at the end of the same phase,
     * before the model is updated, and this event is queued (and so delivered) before the upload's.
     */
    public void formatChosen(ValueChangeEvent event) {
        format = (String) event.getNewValue();
    }

    /** The poll: the selected import as the job has got on; the list of imports too, once it has finished. */
    public void refresh() {
        selected = records.get(id, caller.viewer());
        recent = null;
        if (selected.status().finished()) {
            PrimeFaces.current().ajax().update("recent");
        }
    }

    public DemandImport getSelected() {
        if (selected == null && id != null) {
            selected = records.get(id, caller.viewer());
        }
        return selected;
    }

    /** Poll while the job has not finished. */
    public boolean isPolling() {
        DemandImport current = getSelected();
        return current != null && !current.status().finished();
    }

    public List<DemandImport> getRecent() {
        if (recent == null) {
            recent = records.recent(caller.viewer(), RECENT);
        }
        return recent;
    }

    /** The first rejected lines of the selected import, when asked for. */
    public List<ImportRecords.RejectedLine> getRejected() {
        if (rejected == null) {
            rejected = errors && id != null ? records.errors(id, caller.viewer(), ERRORS_SHOWN) : List.of();
        }
        return rejected;
    }

    public String formatLabel(ImportFormat importFormat) {
        return importFormat == ImportFormat.REFERRALS ? "Referral-level" : "Aggregate";
    }

    public boolean isMoreRejected() {
        return getRejected().size() >= ERRORS_SHOWN;
    }

    public int getErrorsShown() {
        return ERRORS_SHOWN;
    }

    /** Whether an import has anything in its error report: a skipped line, or a rejected header. */
    public boolean hasErrors(DemandImport i) {
        return i.rowsSkipped() > 0 || i.status() == ImportStatus.FAILED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isErrors() {
        return errors;
    }

    public void setErrors(boolean errors) {
        this.errors = errors;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
