package uk.commissioning.contracts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.commissioning.money.Money;
import uk.commissioning.rules.Reason;
import uk.commissioning.rules.RuleViolation;

/**
 * One instalment or milestone of a contract's payment schedule. A milestone is RELEASED (payable) once the report it
 * depends on has been accepted; an instalment is payable on its due date. Lines are never deleted: a variation that
 * reschedules marks the ones still to come on its effective date superseded and adds new ones.
 */
@Entity
@Table(name = "payment_schedule_line")
public class PaymentScheduleLine {

    /** What is stored: a milestone moves from SCHEDULED to RELEASED when its report is accepted; an instalment stays SCHEDULED. */
    public enum Status {
        SCHEDULED("Scheduled"), RELEASED("Released");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * What a line means on a given day. The schedule knows due dates, accepted reports and variations; it does not
     * record payments, so no state claims a line was paid or is overdue. An instalment of an active contract whose due
     * date has come is DUE (payable); one still to come is UPCOMING; a line of a draft is UPCOMING whatever its date,
     * as a draft commits nothing.
     */
    public enum State {
        UPCOMING("Scheduled"),
        DUE("Due"),
        AWAITING_REPORT("Waiting for the report"),
        RELEASED("Released: report accepted"),
        SUPERSEDED("Superseded");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id", updatable = false)
    private Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ScheduleKind kind;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "report_accepted_at")
    private Instant reportAcceptedAt;

    @Column(name = "report_accepted_by")
    private String reportAcceptedBy;

    @Column(name = "added_by_variation", updatable = false)
    private Integer addedByVariation;

    @Column(name = "superseded_by_variation")
    private Integer supersededByVariation;

    protected PaymentScheduleLine() {
    }

    public PaymentScheduleLine(Contract contract, ScheduleKind kind, String description, LocalDate dueDate, Money amount,
                               Integer addedByVariation) {
        this.contract = contract;
        this.kind = kind;
        this.description = description;
        this.dueDate = dueDate;
        this.amount = amount.amount();
        this.currency = amount.currencyCode();
        this.status = Status.SCHEDULED;
        this.addedByVariation = addedByVariation;
    }

    public void reportAccepted(String actor) {
        if (kind != ScheduleKind.MILESTONE) {
            throw new RuleViolation(Reason.WRONG_STATUS, "lineId", "line " + id + " is an instalment; only milestones wait for a report");
        }
        if (status == Status.RELEASED || !isCurrent()) {
            throw new RuleViolation(Reason.WRONG_STATUS, "lineId",
                    "milestone " + id + " is " + (isCurrent() ? "already released" : "superseded by a variation"));
        }
        this.status = Status.RELEASED;
        this.reportAcceptedAt = Instant.now();
        this.reportAcceptedBy = actor;
    }

    public void supersededBy(int variationNumber) {
        this.supersededByVariation = variationNumber;
    }

    public boolean isCurrent() {
        return supersededByVariation == null;
    }

    /** The line's state on {@code today} ({@link State}). */
    public State state(LocalDate today) {
        return state(kind, status, isCurrent(), contract.status() == ContractStatus.DRAFT, dueDate, today);
    }

    static State state(ScheduleKind kind, Status status, boolean current, boolean draft, LocalDate dueDate, LocalDate today) {
        if (!current) {
            return State.SUPERSEDED;
        }
        if (kind == ScheduleKind.MILESTONE) {
            return status == Status.RELEASED ? State.RELEASED : State.AWAITING_REPORT;
        }
        return draft || dueDate.isAfter(today) ? State.UPCOMING : State.DUE;
    }

    /**
     * Whether this line is already due by the end of {@code lastDay}, so the provider is owed it whatever the contract
     * does next: an instalment due by then (payments are not recorded here, so one that has fallen due is still owed)
     * or a milestone whose report was accepted. Anything else is still to come: closing lets it lapse, a variation may
     * reshape it.
     */
    public boolean isDueBy(LocalDate lastDay) {
        return isDueBy(kind, status, isCurrent(), dueDate, lastDay);
    }

    static boolean isDueBy(ScheduleKind kind, Status status, boolean current, LocalDate dueDate, LocalDate lastDay) {
        if (!current) {
            return false;
        }
        return kind == ScheduleKind.MILESTONE ? status == Status.RELEASED : !dueDate.isAfter(lastDay);
    }

    public boolean isReleased() {
        return status == Status.RELEASED;
    }

    public Long id() {
        return id;
    }

    public Contract contract() {
        return contract;
    }

    public ScheduleKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Money amount() {
        return Money.of(amount, Money.currency(currency));
    }

    public Status status() {
        return status;
    }

    public Instant reportAcceptedAt() {
        return reportAcceptedAt;
    }

    public String reportAcceptedBy() {
        return reportAcceptedBy;
    }

    public Integer addedByVariation() {
        return addedByVariation;
    }

    public Integer supersededByVariation() {
        return supersededByVariation;
    }
}
