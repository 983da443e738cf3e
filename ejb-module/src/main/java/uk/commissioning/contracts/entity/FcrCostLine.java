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
import java.util.Currency;
import uk.commissioning.money.Money;

/** A direct cost line: a staff post (FTE × salary + on-costs %) or a non-staff amount. */
@Entity
@Table(name = "fcr_cost_line")
public class FcrCostLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id", updatable = false)
    private FcrActivity activity;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CostCategory category;

    @Column(nullable = false)
    private String description;

    @Column(precision = 6, scale = 3)
    private BigDecimal fte;

    @Column(precision = 19, scale = 2)
    private BigDecimal salary;

    @Column(name = "on_cost_pct", precision = 6, scale = 2)
    private BigDecimal onCostPct;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    protected FcrCostLine() {
    }

    FcrCostLine(FcrActivity activity, int position, FcrDraft.CostLineDraft draft) {
        this.activity = activity;
        this.position = position;
        this.category = draft.category();
        this.description = draft.description();
        if (draft.category() == CostCategory.STAFF) {
            this.fte = draft.fte();
            this.salary = draft.salary().amount();
            this.onCostPct = draft.onCostPct();
        } else {
            this.amount = draft.amount().amount();
        }
    }

    private String currency() {
        return activity.budgetCurrency();
    }

    FcrDraft.CostLineDraft toDraft() {
        Currency currency = Money.currency(currency());
        return new FcrDraft.CostLineDraft(category, description, fte, salary == null ? null : Money.of(salary, currency),
                onCostPct, amount == null ? null : Money.of(amount, currency));
    }

    public int position() {
        return position;
    }

    public CostCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    public BigDecimal fte() {
        return fte;
    }

    public BigDecimal salary() {
        return salary;
    }

    public BigDecimal onCostPct() {
        return onCostPct;
    }

    public BigDecimal amount() {
        return amount;
    }

    /** What the line costs a year: the staff cost with on-costs, or the amount. */
    public Money cost() {
        return toDraft().cost();
    }

    String summary() {
        return category == CostCategory.STAFF
                ? description + " " + fte.toPlainString() + " FTE @ " + salary.toPlainString() + " +" + onCostPct.toPlainString() + "%"
                : category + " " + description + " " + amount.toPlainString();
    }
}
