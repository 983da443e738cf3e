package uk.commissioning.contracts.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.servlet.http.Part;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.commissioning.contracts.control.ContractAccess;
import uk.commissioning.contracts.control.ContractLifecycle;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.control.MilestoneEvidence;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.control.UnderRecovery;
import uk.commissioning.contracts.control.VariationDraft;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractFunding;
import uk.commissioning.contracts.entity.ContractService;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractVariation;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleItem;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.evidence.control.EvidenceStore;
import uk.commissioning.evidence.entity.EvidenceFile;
import uk.commissioning.funding.control.Decisions;
import uk.commissioning.funding.entity.Decision;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.organisations.entity.Organisation;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;
import uk.commissioning.rules.RuleViolation;

/**
 * One contract: its terms, funding split, services, payment schedule, subcontracts, variations and under-recovery;
 * and, for those who may change it, activating, varying, ending and terminating it and accepting milestone reports.
 */
@Named
@ViewScoped
public class ContractPage implements Serializable {

    @Inject
    transient Caller caller;

    @Inject
    transient ContractQueries contracts;

    @Inject
    transient ContractLifecycle lifecycle;

    @Inject
    transient UnderRecovery underRecovery;

    @Inject
    transient Services services;

    @Inject
    transient Decisions decisions;

    @Inject
    transient Format fmt;

    @Inject
    transient EvidenceStore evidenceStore;

    /** A milestone's report evidence: the milestone and the files attached to it, oldest first. */
    public record MilestoneFiles(PaymentScheduleLine milestone, List<EvidenceFile> files) {
    }

    /** A funding line with what the contract still holds committed in that fund. */
    public record FundingRow(ContractFunding line, Money outstanding) {
    }

    /** A service bought, with its directory entry. */
    public record ServiceRow(VcseService service, Integer unitsPerQuarter) {
    }

    /** One row of the variation's schedule editor, as typed: checked by the domain when the variation is recorded. */
    public static class ScheduleRow implements Serializable {
        private ScheduleKind kind = ScheduleKind.INSTALMENT;
        private String description;
        private LocalDate dueDate;
        private BigDecimal amount;

        static ScheduleRow of(PaymentScheduleLine line) {
            ScheduleRow row = new ScheduleRow();
            row.kind = line.kind();
            row.description = line.description();
            row.dueDate = line.dueDate();
            row.amount = line.amount().amount();
            return row;
        }

        ScheduleItem item(java.util.Currency currency) {
            return new ScheduleItem(kind, description == null ? null : description.strip(), dueDate,
                    amount == null ? null : Money.of(amount, currency));
        }

        public ScheduleKind getKind() {
            return kind;
        }

        public void setKind(ScheduleKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    private Long id;
    private Contract contract;
    private List<FundingRow> funding;
    private List<ServiceRow> bought;
    private List<Contract> subcontracts;
    private Money subcontracted;
    private List<ContractVariation> variations;
    private List<UnderRecovery.Line> recovery;

    private LocalDate activationDate;
    private String varyReason;
    private Long varyDecisionId;
    private LocalDate varyEffectiveDate;
    private BigDecimal newValue;
    private LocalDate newEndDate;
    private boolean reviseSchedule;
    private List<ScheduleRow> scheduleRows = new ArrayList<>();
    private String closeReason;
    private Long closeDecisionId;
    private LocalDate closeEffectiveDate;
    private ContractStatus closing;
    private List<MilestoneFiles> evidence;
    private Long evidenceMilestoneId;
    private transient Part evidenceUpload;

    /** A contract the viewer may not see is "not found", the same as one that does not exist. */
    public void load() throws IOException {
        if (contract != null) {
            return;
        }
        try {
            contract = contracts.get(id, caller.viewer());
        } catch (NotFoundException e) {
            Messages.notFound();
            return;
        }
        refresh();
        activationDate = contract.startDate();
        varyEffectiveDate = todayWithinPeriod();
        closeEffectiveDate = todayWithinPeriod();
    }

    /** Today, or the nearer end of the contract's period when today falls outside it. */
    private LocalDate todayWithinPeriod() {
        LocalDate today = LocalDate.now();
        return today.isBefore(contract.startDate()) ? contract.startDate()
                : today.isAfter(contract.endDate()) ? contract.endDate() : today;
    }

    private void refresh() {
        Viewer viewer = caller.viewer();
        contract = contracts.get(id, viewer);
        funding = contract.funding().stream().map(f -> new FundingRow(f, contracts.outstandingCommitment(contract, f.fund())))
                .toList();
        bought = contract.services().stream().map(this::serviceRow).toList();
        subcontracts = contracts.subcontracts(contract.id());
        subcontracted = contracts.subcontractedTotal(contract, null);
        variations = contracts.variations(contract.id());
        recovery = underRecovery.of(contract);
        evidence = contract.schedule().stream().filter(l -> l.kind() == ScheduleKind.MILESTONE && l.isCurrent())
                .map(l -> new MilestoneFiles(l, evidenceStore.list(MilestoneEvidence.OWNER_TYPE, l.id(), viewer))).toList();
    }

    private ServiceRow serviceRow(ContractService line) {
        return new ServiceRow(services.get(line.serviceId()), line.unitsPerQuarter());
    }

    /** The service layer's rule ({@link Contracts#mayChange}), so the page offers only what will be accepted. */
    public boolean isMayChange() {
        return contract != null && ContractAccess.mayChange(caller.viewer(), contract);
    }

    public boolean isDraft() {
        return contract != null && contract.status() == ContractStatus.DRAFT;
    }

    public boolean isActive() {
        return contract != null && contract.status() == ContractStatus.ACTIVE;
    }

    /** An Accept-report button shows on current, unreleased milestones of an active contract. */
    public boolean awaitsReport(PaymentScheduleLine line) {
        return isActive() && line.kind() == ScheduleKind.MILESTONE && line.isCurrent() && !line.isReleased();
    }

    /** The line's state today ({@link PaymentScheduleLine#state}), for the status styling. */
    public PaymentScheduleLine.State lineState(PaymentScheduleLine line) {
        return line.state(LocalDate.now());
    }

    /** The state in words with the date it turns on: "Due 30 Jun 2019", "Scheduled for 31 Mar 2020". */
    public String lineStateText(PaymentScheduleLine line) {
        PaymentScheduleLine.State state = lineState(line);
        return switch (state) {
            case UPCOMING -> "Scheduled for " + fmt.date(line.dueDate());
            case DUE -> "Due " + fmt.date(line.dueDate());
            case SUPERSEDED -> "Superseded by variation " + line.supersededByVariation();
            case AWAITING_REPORT, RELEASED -> state.label();
        };
    }

    public String commissionerNames() {
        return contract.commissioners().stream().map(Organisation::name).collect(Collectors.joining(", "));
    }

    public void activate() {
        act("activate", "The contract was not activated", () -> {
            Contract activated = lifecycle.activate(id, activationDate, caller.viewer());
            return activated.reference() + " is active: " + activated.value().display() + " committed.";
        });
    }

    public void vary() {
        act("vary", "The variation was not recorded", () -> {
            Money value = InputRules.amount(newValue, contract.currency(), "newValue");
            List<ScheduleItem> schedule = reviseSchedule
                    ? scheduleRows.stream().map(r -> r.item(contract.currency())).toList() : null;
            ContractVariation v = lifecycle.vary(id, new VariationDraft(varyDecisionId, varyReason, varyEffectiveDate, value,
                    null, newEndDate, null, List.of(), List.of(), schedule), caller.viewer());
            varyReason = null;
            newValue = null;
            newEndDate = null;
            reviseSchedule = false;
            scheduleRows = new ArrayList<>();
            return "Variation " + v.number() + " recorded: " + contract.reference() + " is now worth " + v.newValue().display()
                    + " to " + fmt.date(v.newEndDate()) + ".";
        });
    }

    /**
     * Opens the schedule editor with the lines still to come on the effective date (instalments not yet due, milestones
     * whose report is not accepted): what the variation may reshape. What fell due before it stays as it is.
     */
    public void editSchedule() {
        LocalDate from = varyEffectiveDate == null ? todayWithinPeriod() : varyEffectiveDate;
        scheduleRows = contract.scheduleBefore(from).stillToCome().stream().map(ScheduleRow::of)
                .collect(Collectors.toCollection(ArrayList::new));
        reviseSchedule = true;
    }

    /** Back to the default: the variation re-spreads what is still to come quarterly. */
    public void respreadSchedule() {
        reviseSchedule = false;
        scheduleRows = new ArrayList<>();
    }

    public void addScheduleRow() {
        scheduleRows.add(new ScheduleRow());
    }

    public void removeScheduleRow(ScheduleRow row) {
        scheduleRows.remove(row);
    }

    /** What the editor's rows come to (rows without an amount count as nothing). */
    public Money getScheduleRowsTotal() {
        return scheduleRows.stream().filter(r -> r.getAmount() != null).map(r -> Money.of(r.getAmount(), contract.currency()))
                .reduce(Money.zero(contract.currency()), Money::plus);
    }

    /** What the rows must come to: the new value (or today's, if unchanged) less what fell due before the effective date. */
    public Money getScheduleTarget() {
        Money value = newValue == null ? contract.value() : Money.of(newValue, contract.currency());
        return value.minus(alreadyDueOnEffectiveDate());
    }

    private Money alreadyDueOnEffectiveDate() {
        return contract.scheduleBefore(varyEffectiveDate == null ? todayWithinPeriod() : varyEffectiveDate).dueTotal();
    }

    /** The running total in words: the rows, against the value less what is already due, and what is left over. */
    public String getScheduleTotalText() {
        if (contract == null) {
            return "";
        }
        Money total = getScheduleRowsTotal();
        Money target = getScheduleTarget();
        Money value = newValue == null ? contract.value() : Money.of(newValue, contract.currency());
        Money due = alreadyDueOnEffectiveDate();
        String against = "The rows come to " + fmt.money(total) + "; the " + (newValue == null ? "" : "new ") + "value "
                + fmt.money(value) + (due.isZero() ? "" : " less " + fmt.money(due) + " already due") + " leaves "
                + fmt.money(target) + " to schedule: ";
        Money gap = target.minus(total);
        return against + (gap.isZero() ? "they match." : gap.isPositive() ? fmt.money(gap) + " still to place."
                : fmt.money(gap.negate()) + " too much.");
    }

    public boolean isScheduleMatches() {
        return contract != null && getScheduleRowsTotal().equals(getScheduleTarget());
    }

    /** Record variation first asks, restating the change ({@link #getVaryQuestion}); {@link #vary} acts. */
    public void askToVary() {
        // Nothing to do: the form's values are in the bean, and the dialog reads the question from them.
    }

    /** The change in words: old and new value and end date, what the ledger gets, the decision and the date. */
    public String getVaryQuestion() {
        if (contract == null || varyEffectiveDate == null) {
            return "";
        }
        List<String> changes = new ArrayList<>();
        if (newValue != null) {
            Money value = Money.of(newValue, contract.currency());
            Money difference = value.minus(contract.value());
            String ledger = contract.isSubcontract() ? " (a subcontract: no fund's ledger changes)"
                    : difference.isPositive() ? ": " + fmt.money(difference) + " more is committed from the paying funds"
                    : difference.isZero() ? "" : ": " + fmt.money(difference.negate()) + " of the commitment goes back to the funds";
            changes.add("Its value goes from " + fmt.money(contract.value()) + " to " + fmt.money(value) + ledger + ".");
        }
        if (newEndDate != null) {
            changes.add("Its end date moves from " + fmt.date(contract.endDate()) + " to " + fmt.date(newEndDate) + ".");
        }
        if (changes.isEmpty()) {
            changes.add("It changes neither the value nor the end date.");
        }
        Money alreadyDue = contract.scheduleBefore(varyEffectiveDate).dueTotal();
        String from = reviseSchedule
                ? "the payments from then on are replaced by the " + scheduleRows.size() + " you gave ("
                + fmt.money(getScheduleRowsTotal()) + ")."
                : "the payments from then on are re-spread quarterly.";
        changes.add(alreadyDue.isPositive()
                ? fmt.money(alreadyDue) + " fell due before " + fmt.date(varyEffectiveDate) + " and stays as it is; " + from
                : "Nothing has fallen due before " + fmt.date(varyEffectiveDate) + ", so " + from);
        String decision = getDecisions().stream().filter(d -> d.id().equals(varyDecisionId)).findFirst()
                .map(d -> " under " + d.reference()).orElse("");
        return "Vary " + contract.reference() + " (" + contract.provider().name() + ") from " + fmt.date(varyEffectiveDate)
                + decision + "? " + String.join(" ", changes)
                + " The variation is recorded for good; a later one can change it again.";
    }

    /** End and Terminate first ask (this only sets the question); {@link #confirmClose} acts. */
    public void askToEnd() {
        closing = ContractStatus.ENDED;
    }

    public void askToTerminate() {
        closing = ContractStatus.TERMINATED;
    }

    public void confirmClose() {
        if (closing != null) {
            close(closing);
        }
    }

    public String getCloseQuestionHeader() {
        return closing == null ? "" : (closing == ContractStatus.ENDED ? "End " : "Terminate ") + contract.reference() + "?";
    }

    /** Names the contract, the date and what closing does to the ledger, from the commitment the funds hold now. */
    public String getCloseQuestion() {
        if (closing == null) {
            return "";
        }
        String verb = closing == ContractStatus.ENDED ? "End" : "Terminate";
        List<ContractQueries.ClosingRelease> releases = contracts.closingReleases(contract, closeEffectiveDate);
        Money owed = contract.owedOnClosing(closeEffectiveDate);
        String ledger;
        if (contract.isSubcontract()) {
            ledger = "A subcontract holds no commitment of its own, so no fund's ledger changes.";
        } else if (releases.stream().noneMatch(r -> r.released().isPositive())) {
            ledger = "Nothing goes back to the funds: everything still committed is owed to the provider by then.";
        } else {
            ledger = "The ledger gets a release of the unspent commitment back to available: "
                    + releases.stream().filter(r -> r.released().isPositive())
                    .map(r -> fmt.money(r.released()) + " in " + r.fund().code()).collect(Collectors.joining(", ")) + ".";
        }
        String owedText = owed.isPositive() ? " " + fmt.money(owed) + " falls due to the provider by then and stays committed."
                : "";
        return verb + " " + contract.reference() + " (" + contract.provider().name() + ") on "
                + fmt.date(closeEffectiveDate) + "? " + ledger + owedText
                + " Instalments due after that date, and milestones without an accepted report, lapse. This cannot be undone.";
    }

    public String getConfirmCloseLabel() {
        return closing == ContractStatus.TERMINATED ? "Yes, terminate " + contract.reference() : "Yes, end " + contract.reference();
    }

    private void close(ContractStatus outcome) {
        closing = null;
        act("close", "The contract was not " + (outcome == ContractStatus.ENDED ? "ended" : "terminated"), () -> {
            lifecycle.close(id, outcome, closeDecisionId, closeReason, closeEffectiveDate, caller.viewer());
            Money owed = contract.owedOnClosing(closeEffectiveDate);
            return contract.reference() + (outcome == ContractStatus.ENDED ? " has ended" : " is terminated")
                    + (owed.isPositive() ? "; " + fmt.money(owed) + " owed to the provider stays committed and the rest went back to the funds."
                    : "; its unspent commitment went back to the funds.");
        });
    }

    public void acceptReport(Long lineId) {
        act("schedule", "The report was not accepted", () -> {
            PaymentScheduleLine line = lifecycle.acceptReport(id, lineId, caller.viewer());
            return "Report accepted: '" + line.description() + "' (" + line.amount().display() + ") is released for payment.";
        });
    }

    /** The provider's finance leads attach evidence to milestones still waiting for their report (the store's rule too). */
    public boolean isMayAttachEvidence() {
        Viewer viewer = caller.viewer();
        return isActive() && viewer.is(Role.VCSE_FINANCE) && contract.provider().id().equals(viewer.organisationId())
                && !getEvidenceMilestones().isEmpty();
    }

    public List<PaymentScheduleLine> getEvidenceMilestones() {
        return contract == null ? List.of() : contract.schedule().stream().filter(this::awaitsReport).toList();
    }

    /** The limit in words for the upload's hint, e.g. "10 MB". */
    public String getEvidenceLimit() {
        return EvidenceStore.megabytes(evidenceStore.maxBytes());
    }

    public void attachEvidence() {
        Part file = evidenceUpload;
        evidenceUpload = null;
        if (file == null || file.getSize() == 0) {
            Messages.error("No file was attached: choose a file first.");
            return;
        }
        if (evidenceMilestoneId == null) {
            Messages.error("No file was attached: choose the milestone it is evidence for.");
            return;
        }
        act("evidence", "The file was not attached", () -> {
            EvidenceStore.Stored stored;
            try (InputStream in = file.getInputStream()) {
                stored = evidenceStore.store(MilestoneEvidence.OWNER_TYPE, evidenceMilestoneId, file.getSubmittedFileName(), in,
                        caller.viewer());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EvidenceFile f = stored.file();
            return stored.alreadyAttached()
                    ? "That file is already attached, as " + f.fileName() + " (uploaded by " + f.uploadedBy() + " on "
                    + fmt.time(f.uploadedAt()) + "); nothing new was stored."
                    : "Evidence attached: " + f.fileName() + " (" + f.type().label() + ", " + size(f.sizeBytes()) + ").";
        });
    }

    /** 48213 → "47 KB": file sizes as people read them. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Runs the change, shows what happened (or why the domain said no) and re-reads the contract. */
    private void act(String form, String refused, Supplier<String> change) {
        String done = Messages.attempt(form, refused, change);
        if (done != null) {
            Messages.info(done);
        }
        refresh();
    }

    /** Only decisions that may authorise every fund this contract spends (a variation or termination cites one). */
    public List<Decision> getDecisions() {
        return contract == null ? List.of() : decisions.citableFor(contract.funds(), caller.viewer());
    }

    public Long getId() {
        return id;
    }

    public List<MilestoneFiles> getEvidence() {
        return evidence;
    }

    public Long getEvidenceMilestoneId() {
        return evidenceMilestoneId;
    }

    public void setEvidenceMilestoneId(Long evidenceMilestoneId) {
        this.evidenceMilestoneId = evidenceMilestoneId;
    }

    public Part getEvidenceUpload() {
        return evidenceUpload;
    }

    public void setEvidenceUpload(Part evidenceUpload) {
        this.evidenceUpload = evidenceUpload;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contract getContract() {
        return contract;
    }

    public List<FundingRow> getFunding() {
        return funding;
    }

    public List<ServiceRow> getServices() {
        return bought;
    }

    public List<Contract> getSubcontracts() {
        return subcontracts;
    }

    public Money getSubcontracted() {
        return subcontracted;
    }

    public List<ContractVariation> getVariations() {
        return variations;
    }

    public List<UnderRecovery.Line> getRecovery() {
        return recovery;
    }

    public LocalDate getActivationDate() {
        return activationDate;
    }

    public void setActivationDate(LocalDate activationDate) {
        this.activationDate = activationDate;
    }

    public String getVaryReason() {
        return varyReason;
    }

    public void setVaryReason(String varyReason) {
        this.varyReason = varyReason;
    }

    public Long getVaryDecisionId() {
        return varyDecisionId;
    }

    public void setVaryDecisionId(Long varyDecisionId) {
        this.varyDecisionId = varyDecisionId;
    }

    public LocalDate getVaryEffectiveDate() {
        return varyEffectiveDate;
    }

    public void setVaryEffectiveDate(LocalDate varyEffectiveDate) {
        this.varyEffectiveDate = varyEffectiveDate;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public void setNewValue(BigDecimal newValue) {
        this.newValue = newValue;
    }

    public boolean isReviseSchedule() {
        return reviseSchedule;
    }

    public List<ScheduleRow> getScheduleRows() {
        return scheduleRows;
    }

    public List<ScheduleKind> getScheduleKinds() {
        return List.of(ScheduleKind.values());
    }

    public LocalDate getNewEndDate() {
        return newEndDate;
    }

    public void setNewEndDate(LocalDate newEndDate) {
        this.newEndDate = newEndDate;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public Long getCloseDecisionId() {
        return closeDecisionId;
    }

    public void setCloseDecisionId(Long closeDecisionId) {
        this.closeDecisionId = closeDecisionId;
    }

    public LocalDate getCloseEffectiveDate() {
        return closeEffectiveDate;
    }

    public void setCloseEffectiveDate(LocalDate closeEffectiveDate) {
        this.closeEffectiveDate = closeEffectiveDate;
    }
}
