package uk.commissioning.claims.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.commissioning.claims.control.ClaimArithmetic;
import uk.commissioning.claims.control.ClaimEvidence;
import uk.commissioning.claims.control.ClaimLineRequest;
import uk.commissioning.claims.control.Claims;
import uk.commissioning.claims.control.LineBalance;
import uk.commissioning.claims.entity.Claim;
import uk.commissioning.claims.entity.ClaimLine;
import uk.commissioning.claims.entity.ClaimStatus;
import uk.commissioning.claims.entity.LineKind;
import uk.commissioning.contracts.control.ContractQueries;
import uk.commissioning.contracts.control.Services;
import uk.commissioning.contracts.entity.Contract;
import uk.commissioning.contracts.entity.ContractStatus;
import uk.commissioning.contracts.entity.ContractType;
import uk.commissioning.contracts.entity.PaymentScheduleLine;
import uk.commissioning.contracts.entity.ScheduleKind;
import uk.commissioning.contracts.entity.VcseService;
import uk.commissioning.evidence.control.EvidenceStore;
import uk.commissioning.evidence.entity.EvidenceFile;
import uk.commissioning.identity.Role;
import uk.commissioning.identity.Viewer;
import uk.commissioning.identity.boundary.Caller;
import uk.commissioning.money.Money;
import uk.commissioning.period.Quarter;
import uk.commissioning.platform.ui.Format;
import uk.commissioning.platform.ui.Messages;
import uk.commissioning.rules.InputRules;
import uk.commissioning.rules.NotFoundException;

/**
 * One claim, as its provider works on it: a new claim (contract and quarter), a draft's line editor with running
 * totals against what remains of each line, evidence, the declaration and submission; once submitted its status,
 * messages (answering a query), approvals, approved amounts and the expected payment date. Commissioners see the same
 * page read-only and decide in the approvals inbox. The rules are the domain's; this page only asks and shows.
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {

    /** What the provider's finance lead declares on submitting; recorded with who and when. */
    public static final String DECLARATION = "I declare that this claim is true and complete: the services and costs "
            + "claimed were delivered as the contract requires, the evidence attached supports them, and nothing in it has "
            + "been claimed before or from another funder.";

    @Inject
    transient Caller caller;

    @Inject
    transient Claims claims;

    @Inject
    transient ContractQueries contracts;

    @Inject
    transient Services services;

    @Inject
    transient EvidenceStore evidenceStore;

    @Inject
    transient Format fmt;

    /** A line being edited; its amount and what remains are worked out from the domain on every request. */
    public static class LineRow implements Serializable {
        private LineKind kind;
        private String description;
        private Long scheduleLineId;
        private Long serviceId;
        private Integer units;
        private BigDecimal amount;

        LineRow() {
        }

        LineRow(LineKind kind) {
            this.kind = kind;
        }

        static LineRow of(ClaimLine line) {
            LineRow row = new LineRow(line.kind());
            row.description = line.description();
            row.scheduleLineId = line.scheduleLineId();
            row.serviceId = line.serviceId();
            row.units = line.units();
            row.amount = line.kind() == LineKind.UNIT_COST ? null : line.amount().amount();
            return row;
        }

        public LineKind getKind() {
            return kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Long getScheduleLineId() {
            return scheduleLineId;
        }

        public void setScheduleLineId(Long scheduleLineId) {
            this.scheduleLineId = scheduleLineId;
        }

        public Long getServiceId() {
            return serviceId;
        }

        public void setServiceId(Long serviceId) {
            this.serviceId = serviceId;
        }

        public Integer getUnits() {
            return units;
        }

        public void setUnits(Integer units) {
            this.units = units;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** A row's figures: its unit price (unit-cost lines), its amount, and what remains of what it is claimed against. */
    public record RowFigures(Money unitPrice, Money amount, LineBalance balance, Money remainingAfter) {
    }

    private Long id;
    private Claim claim;
    private List<LineBalance> balances;
    private List<EvidenceFile> evidence;

    private Long contractId;
    private String quarterCode;
    private LineKind newKind;
    private List<LineRow> rows = new ArrayList<>();
    private boolean declared;
    private String answer;
    private transient Part evidenceUpload;
    private transient List<RowFigures> figures;

    /** Another organisation's claim, or one that does not exist, is "not found" (404); a new claim is for providers. */
    public void load() throws IOException {
        if (claim != null || (id == null && contractId != null)) {
            return;
        }
        Viewer viewer = caller.viewer();
        if (id == null) {
            if (!viewer.is(Role.VCSE_FINANCE)) {
                Messages.notAllowed();
                return;
            }
            List<Contract> claimable = getClaimableContracts();
            if (!claimable.isEmpty()) {
                contractId = claimable.get(0).id();
                quarterCode = defaultQuarter(claimable.get(0)).code();
            }
            newKind = defaultKind();
            return;
        }
        try {
            claim = claims.get(id, viewer);
        } catch (NotFoundException e) {
            Messages.notFound();
            return;
        }
        refresh();
        rows = new ArrayList<>(claim.lines().stream().map(LineRow::of).toList());
        newKind = defaultKind();
    }

    private void refresh() {
        Viewer viewer = caller.viewer();
        claim = claims.get(id, viewer);
        balances = claims.balances(claim);
        evidence = evidenceStore.list(ClaimEvidence.OWNER_TYPE, claim.id(), viewer);
        figures = null;
    }

    // ------------------------------------------------------------------------------------------------ what the page shows

    public boolean isNew() {
        return claim == null;
    }

    /** The provider's finance lead editing a draft (or starting one): the line editor and submission show. */
    public boolean isEditable() {
        Viewer viewer = caller.viewer();
        if (claim == null) {
            return viewer.is(Role.VCSE_FINANCE) && contractId != null;
        }
        return claim.status() == ClaimStatus.DRAFT && isProvider();
    }

    public boolean isProvider() {
        Viewer viewer = caller.viewer();
        return claim != null && viewer.is(Role.VCSE_FINANCE) && claim.contract().provider().id().equals(viewer.organisationId());
    }

    public boolean isMayAnswer() {
        return isProvider() && claim.status() == ClaimStatus.QUERIED;
    }

    public boolean isMayAttachEvidence() {
        return claim != null && Claims.mayAttachEvidence(caller.viewer(), claim);
    }

    /** The contract the claim is (or will be) against. */
    public Contract getContract() {
        if (claim != null) {
            return claim.contract();
        }
        return contractId == null ? null : contracts.get(contractId, caller.viewer());
    }

    /** The provider's active contracts that take claims from the funds (a subcontract is claimed from its lead). */
    public List<Contract> getClaimableContracts() {
        Viewer viewer = caller.viewer();
        return contracts.visible(viewer, ContractStatus.ACTIVE, viewer.organisationId()).stream()
                .filter(c -> !c.isSubcontract() && c.provider().id().equals(viewer.organisationId())).toList();
    }

    /** The quarters of the chosen contract's period, for the new-claim form. */
    public List<Quarter> getQuarters() {
        Contract contract = getContract();
        if (contract == null) {
            return List.of();
        }
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.containing(contract.startDate()); !q.startDate().isAfter(contract.endDate()); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    /** The quarter today falls in, if the contract runs then; else its first. */
    private static Quarter defaultQuarter(Contract contract) {
        Quarter now = Quarter.containing(LocalDate.now());
        return now.endDate().isBefore(contract.startDate()) || now.startDate().isAfter(contract.endDate())
                ? Quarter.containing(contract.startDate()) : now;
    }

    /** The kinds of line the contract takes: unit-cost lines only on a unit-cost contract; schedule lines where it has them. */
    public List<LineKind> getKinds() {
        Contract contract = getContract();
        if (contract == null) {
            return List.of();
        }
        List<LineKind> kinds = new ArrayList<>();
        if (contract.type() == ContractType.UNIT_COST) {
            kinds.add(LineKind.UNIT_COST);
        }
        if (contract.currentSchedule().stream().anyMatch(l -> l.kind() == ScheduleKind.MILESTONE)) {
            kinds.add(LineKind.MILESTONE);
        }
        if (contract.currentSchedule().stream().anyMatch(l -> l.kind() == ScheduleKind.INSTALMENT)) {
            kinds.add(LineKind.INSTALMENT);
        }
        kinds.add(LineKind.COST);
        return kinds;
    }

    private LineKind defaultKind() {
        List<LineKind> kinds = getKinds();
        return kinds.isEmpty() ? LineKind.COST : kinds.get(0);
    }

    public String kindLabel(LineKind kind) {
        return switch (kind) {
            case UNIT_COST -> "Units delivered (unit cost)";
            case COST -> "Cost (a budget line)";
            case MILESTONE -> "Milestone tranche";
            case INSTALMENT -> "Instalment";
        };
    }

    /** The schedule lines a row of this kind may name: current lines of the contract's schedule. */
    public List<PaymentScheduleLine> scheduleLines(LineKind kind) {
        Contract contract = getContract();
        if (contract == null || kind == null || !kind.isScheduleLine()) {
            return List.of();
        }
        ScheduleKind wanted = kind == LineKind.MILESTONE ? ScheduleKind.MILESTONE : ScheduleKind.INSTALMENT;
        return contract.currentSchedule().stream().filter(l -> l.kind() == wanted).toList();
    }

    public String scheduleLabel(PaymentScheduleLine line) {
        String state = line.kind() == ScheduleKind.MILESTONE && !line.isReleased() ? ", report not yet accepted" : "";
        return line.description() + " – " + fmt.money(line.amount()) + ", due " + fmt.date(line.dueDate()) + state;
    }

    /** The services the contract buys, for unit-cost lines. */
    public List<VcseService> getServices() {
        Contract contract = getContract();
        return contract == null ? List.of() : contract.services().stream().map(s -> services.get(s.serviceId())).toList();
    }

    /**
     * Each row's figures, in row order: the amount as the domain will compute it, and the balance of what it is
     * claimed against ({@link Claims#balanceFor}), less what earlier rows of this claim take of the contract.
     */
    public List<RowFigures> getFigures() {
        if (figures == null) {
            figures = new ArrayList<>();
            Contract contract = getContract();
            if (contract == null) {
                return figures;
            }
            Viewer viewer = caller.viewer();
            Money zero = Money.zero(contract.currency());
            LineBalance contractLeft = claims.balanceFor(contract.id(), id, null, viewer);
            Money earlier = zero;
            for (LineRow row : rows) {
                Money price = null;
                Money amount = zero;
                if (row.kind == LineKind.UNIT_COST) {
                    if (row.serviceId != null) {
                        price = services.get(row.serviceId).unitCost();
                        amount = row.units == null || row.units <= 0 ? zero : ClaimArithmetic.unitCostAmount(row.units, price);
                    }
                } else if (row.amount != null) {
                    amount = Money.of(row.amount, contract.currency());
                } else if (row.kind.isScheduleLine() && row.scheduleLineId != null) {
                    amount = scheduleLines(row.kind).stream().filter(l -> l.id().equals(row.scheduleLineId)).findFirst()
                            .map(PaymentScheduleLine::amount).orElse(zero);
                }
                LineBalance balance = row.kind.isScheduleLine() && row.scheduleLineId != null
                        ? claims.balanceFor(contract.id(), id, row.scheduleLineId, viewer)
                        : new LineBalance(contractLeft.limit(), contractLeft.takenByOthers().plus(earlier),
                        contractLeft.remaining().minus(earlier), contractLeft.approvedToDate());
                figures.add(new RowFigures(price, amount, balance, balance.remaining().minus(amount)));
                earlier = earlier.plus(amount);
            }
        }
        return figures;
    }

    public RowFigures figuresOf(int index) {
        return getFigures().get(index);
    }

    /** The claim's total as it stands in the editor. */
    public Money getEditedTotal() {
        Contract contract = getContract();
        return getFigures().stream().map(RowFigures::amount).reduce(Money.zero(contract == null ? Money.currency("GBP")
                : contract.currency()), Money::plus);
    }

    /** What remains of the contract for this claim: its committed value less what the contract's other claims take. */
    public LineBalance getContractBalance() {
        Contract contract = getContract();
        return contract == null ? null : claims.balanceFor(contract.id(), id, null, caller.viewer());
    }

    public List<LineBalance> getBalances() {
        return balances;
    }

    public LineBalance balanceOf(int index) {
        return balances.get(index);
    }

    public List<EvidenceFile> getEvidence() {
        return evidence;
    }

    public LocalDate getExpectedPaymentBy() {
        return claim == null ? null : claims.expectedPaymentBy(claim).orElse(null);
    }

    /** The claim's parts in payment runs (one per paying fund) with their scheduled and paid dates. */
    public List<uk.commissioning.claims.control.ClaimPayments.ClaimPayment> getPayments() {
        return claim == null ? List.of() : claims.payments(claim);
    }

    public int getPromptPaymentDays() {
        return Claims.PROMPT_PAYMENT_DAYS;
    }

    public boolean isAwaitingSecondApproval() {
        return claim != null && claim.status().awaitsDecision() && !claim.approvers().isEmpty();
    }

    public String getDeclarationText() {
        return DECLARATION;
    }

    public String getEvidenceLimit() {
        return EvidenceStore.megabytes(evidenceStore.maxBytes());
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    // ------------------------------------------------------------------------------------------------ actions

    /** The contract chosen for a new claim changed: its kinds and quarters follow. */
    public void contractChosen() {
        Contract contract = getContract();
        if (contract != null) {
            quarterCode = defaultQuarter(contract).code();
        }
        rows = new ArrayList<>();
        newKind = defaultKind();
        figures = null;
    }

    public void addLine() {
        rows.add(new LineRow(newKind == null ? defaultKind() : newKind));
        figures = null;
    }

    public void removeLine(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        figures = null;
    }

    /** Recomputes the running totals from what is typed, saving nothing. */
    public void recalculate() {
        figures = null;
    }

    public String save() {
        if (claim == null) {
            Claim created = Messages.attempt("editor", "The draft was not saved", () -> claims.create(contractId,
                    quarterCode == null ? null : Quarter.parse(quarterCode), requests(), caller.viewer()));
            figures = null;
            if (created == null) {
                return null;
            }
            Messages.flash("Draft claim " + created.id() + " saved: " + fmt.money(created.claimedTotal()) + " for "
                    + created.quarter().label() + ". Attach the evidence, then submit it.");
            return "/claims/claim?faces-redirect=true&id=" + created.id();
        }
        act("editor", "The draft was not saved", () -> {
            Claim saved = claims.replaceLines(id, requests(), caller.viewer());
            return "Draft saved: " + fmt.money(saved.claimedTotal()) + " in " + saved.lines().size()
                    + (saved.lines().size() == 1 ? " line." : " lines.");
        });
        return null;
    }

    /** Saves the lines as they are on the screen, then submits with the declaration. */
    public void submit() {
        if (!declared) {
            FacesContext.getCurrentInstance().addMessage("editor:declaration", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Tick the declaration to submit: a claim is submitted as true and complete.", null));
            Messages.error("The claim was not submitted: see the declaration.");
            return;
        }
        act("editor", "The claim was not submitted", () -> {
            Viewer viewer = caller.viewer();
            claims.replaceLines(id, requests(), viewer);
            Claim submitted = claims.submit(id, DECLARATION, viewer);
            return "Claim " + submitted.id() + " submitted: " + fmt.money(submitted.claimedTotal())
                    + " is now claimed and waits for a commissioner's decision.";
        });
    }

    public void withdraw() {
        act("editor", "The draft was not withdrawn", () -> {
            claims.withdraw(id, caller.viewer());
            return "Draft claim " + id + " withdrawn: the quarter is free for a new claim.";
        });
    }

    public void answerQuery() {
        act("answer", "The answer was not sent", () -> {
            claims.answer(id, answer, null, caller.viewer());
            answer = null;
            return "Answer sent: claim " + id + " is resubmitted for a decision.";
        });
    }

    public void attachEvidence() {
        Part file = evidenceUpload;
        evidenceUpload = null;
        if (file == null || file.getSize() == 0) {
            FacesContext.getCurrentInstance().addMessage("evidence:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose a file to attach.", null));
            Messages.error("No file was attached: choose a file first.");
            return;
        }
        act("evidence", "The file was not attached", () -> {
            EvidenceStore.Stored stored;
            try (InputStream in = file.getInputStream()) {
                stored = evidenceStore.store(ClaimEvidence.OWNER_TYPE, id, file.getSubmittedFileName(), in, caller.viewer());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EvidenceFile f = stored.file();
            return stored.alreadyAttached()
                    ? "That file is already attached, as " + f.fileName() + "; nothing new was stored."
                    : "Evidence attached: " + f.fileName() + " (" + f.type().label() + ", " + size(f.sizeBytes()) + ").";
        });
    }

    private List<ClaimLineRequest> requests() {
        Contract contract = getContract();
        List<ClaimLineRequest> requests = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LineRow row = rows.get(i);
            Money amount = row.kind == LineKind.UNIT_COST || row.amount == null ? null
                    : InputRules.amount(row.amount, contract.currency(), "lines[" + i + "].amount");
            requests.add(new ClaimLineRequest(row.kind, row.description, row.kind.isScheduleLine() ? row.scheduleLineId : null,
                    row.kind == LineKind.UNIT_COST ? row.serviceId : null, row.kind == LineKind.UNIT_COST ? row.units : null,
                    amount));
        }
        return requests;
    }

    private void act(String form, String refused, Supplier<String> change) {
        String done = Messages.attempt(form, refused, change);
        if (done != null) {
            Messages.info(done);
            refresh();
            rows = new ArrayList<>(claim.lines().stream().map(LineRow::of).toList());
        } else {
            refresh();
        }
    }

    // ------------------------------------------------------------------------------------------------ fields

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Claim getClaim() {
        return claim;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public String getQuarterCode() {
        return quarterCode;
    }

    public void setQuarterCode(String quarterCode) {
        this.quarterCode = quarterCode;
    }

    public LineKind getNewKind() {
        return newKind;
    }

    public void setNewKind(LineKind newKind) {
        this.newKind = newKind;
    }

    public List<LineRow> getRows() {
        return rows;
    }

    public boolean isDeclared() {
        return declared;
    }

    public void setDeclared(boolean declared) {
        this.declared = declared;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Part getEvidenceUpload() {
        return evidenceUpload;
    }

    public void setEvidenceUpload(Part evidenceUpload) {
        this.evidenceUpload = evidenceUpload;
    }
}
